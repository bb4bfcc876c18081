import type { Request } from 'express'
import { z } from 'zod'
import { eventTypes } from '../domain/eventForm/eventAnswers'
import type { RecordFilters } from '../repositories/recordFilters'

export const PAGE_SIZE = 20
const isoDate = z.iso.date()

/** Filters come from the address; anything odd in them is ignored rather than refused. */
const filtersSchema = z.object({
  words: z.string().trim().max(200).optional().catch(undefined),
  type: z.enum(eventTypes).optional().catch(undefined),
  from: isoDate.optional().catch(undefined),
  to: isoDate.optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
})

/** A list's filters, the query to keep them in page links, and the page asked for. */
export function filtersFrom(req: Request): {
  filters: RecordFilters
  query: Record<string, string>
  page: number
  window: { limit: number; offset: number }
} {
  const { words, type, from, to, page } = filtersSchema.parse(req.query)
  const query = Object.fromEntries(
    Object.entries({ words, type, from, to }).filter((entry): entry is [string, string] => Boolean(entry[1])),
  )
  return {
    filters: { words, eventType: type, from, to },
    query,
    page,
    window: { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
  }
}
