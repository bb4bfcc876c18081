import { codeSystem, type CodeSystemId } from './codeSystems'
import { taxonomyGroups } from './fields'

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
