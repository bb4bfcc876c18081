import { z } from 'zod'
import fieldsFile from '../../../data/taxonomy/fields.json'

const fieldSchema = z.object({
  name: z.string().min(1),
  type: z.enum(['code', 'string', 'boolean', 'integer', 'date', 'time']),
  valueElement: z.string().min(1),
  min: z.number().int().min(0),
  max: z.number().int().min(1),
  codeSystem: z.string().nullable(),
  definition: z.string(),
})

const groupSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  description: z.string(),
  url: z.string().min(1),
  on: z.object({ resource: z.string().min(1), profile: z.string().min(1), referencedBy: z.string().nullable() }),
  min: z.number().int().min(0),
  max: z.number().int().min(1),
  fields: z.array(fieldSchema).min(1),
})

export type TaxonomyField = z.infer<typeof fieldSchema>
export type TaxonomyGroup = z.infer<typeof groupSchema>

/** The LFPSE v5 profile's extension groups and their fields, in profile order. */
export const taxonomyGroups: readonly TaxonomyGroup[] = z.array(groupSchema).parse(fieldsFile.groups)
