import type { Knex } from 'knex'
import type { EventType } from '../domain/eventForm/eventAnswers'

/** How someone narrows a list of their own records. */
export interface RecordFilters {
  /** Words that must all appear in what happened, or a reference number. */
  words?: string
  reference?: string
  eventType?: EventType
  /** Recorded (or last saved) on or after, YYYY-MM-DD. */
  from?: string
  /** Recorded (or last saved) on or before, YYYY-MM-DD. */
  to?: string
}

export interface Page {
  limit: number
  offset: number
}

/** Applies the filters to a query over a table with an `answers` column and a date column. */
export function applyRecordFilters(
  query: Knex.QueryBuilder,
  filters: RecordFilters,
  columns: { answers: string; date: string },
): Knex.QueryBuilder {
  if (filters.eventType) query.whereRaw(`${columns.answers} #>> '{event,eventType}' = ?`, [filters.eventType])
  for (const word of (filters.words ?? '').split(/\s+/).filter(Boolean).slice(0, 10)) {
    query.whereRaw(`${columns.answers} #>> '{event,description}' ilike ?`, [`%${escapeLike(word)}%`])
  }
  // Dates are whole days in the UK, whatever the server's zone.
  if (filters.from) query.whereRaw(`(${columns.date} at time zone 'Europe/London')::date >= ?`, [filters.from])
  if (filters.to) query.whereRaw(`(${columns.date} at time zone 'Europe/London')::date <= ?`, [filters.to])
  return query
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, character => `\\${character}`)
}
