import { z } from 'zod'
import fieldsFile from '../../../data/taxonomy/fields.json'
import { codeSystem, type CodeSystemId } from './codeSystems'

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

/** The LFPSE v5 profile's extension groups and their fields, in profile order, as the data file holds them. */
const taxonomyGroups = z.array(groupSchema).parse(fieldsFile.groups)

describe('LFPSE v5 field inventory', () => {
  const fields = taxonomyGroups.flatMap(group => group.fields)

  it('has the 25 extension groups and 147 fields of the profile', () => {
    expect(taxonomyGroups).toHaveLength(25)
    expect(fields).toHaveLength(147)
  })

  it('names only code lists that exist (organisations are held apart)', () => {
    const named = fields.map(field => field.codeSystem).filter((id): id is string => id !== null && id !== 'odsCodes')
    for (const id of named) expect(() => codeSystem(id as CodeSystemId)).not.toThrow()
  })
})
