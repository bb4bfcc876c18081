import { exportJWK, generateKeyPair, type JWK } from 'jose'
import type { Knex } from 'knex'

/**
 * The keys the accounts service signs ID tokens with: the configured ones, or else one generated on
 * first start and kept in the database (inside a lock, so two instances starting together agree).
 */
export async function loadSigningKeys(db: Knex, configured: JWK[] | undefined): Promise<JWK[]> {
  if (configured && configured.length > 0) return configured
  return db.transaction(async trx => {
    await trx.raw('select pg_advisory_xact_lock(hashtext(?))', ['identity_signing_keys'])
    const stored = await trx('identity_signing_keys').orderBy('id').select('private_jwk')
    if (stored.length > 0) return stored.map(row => row.private_jwk as JWK)
    const { privateKey } = await generateKeyPair('RS256', { extractable: true })
    const jwk = { ...(await exportJWK(privateKey)), alg: 'RS256', use: 'sig', kid: `key-${Date.now()}` }
    await trx('identity_signing_keys').insert({ private_jwk: jwk as Record<string, unknown> })
    return [jwk]
  })
}
