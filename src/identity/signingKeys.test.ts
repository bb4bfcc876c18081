import { useTestDatabase } from '../../test/database/testDatabase'
import { loadSigningKeys } from './signingKeys'

describe('the accounts service’s signing keys', () => {
  const database = useTestDatabase()

  it('are generated once and kept, even when several instances start together', async () => {
    const started = await Promise.all([1, 2, 3].map(() => loadSigningKeys(database.current.db, undefined)))
    const kids = started.map(keys => keys.map(key => key.kid))
    expect(new Set(kids.flat()).size).toBe(1)
    expect(started[0]![0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' })
    expect(started[0]![0]!.d).toBeDefined()
    const later = await loadSigningKeys(database.current.db, undefined)
    expect(later[0]!.kid).toBe(kids[0]![0])
  })

  it('are the configured ones when keys are supplied', async () => {
    const configured = [{ kty: 'RSA', kid: 'configured', d: 'x', n: 'y', e: 'AQAB' }]
    expect(await loadSigningKeys(database.current.db, configured)).toBe(configured)
  })
})
