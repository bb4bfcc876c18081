import { Pool } from 'pg'
import type { Config } from './config'
import { createDatabase } from './db/createDatabase'
import { systemClock, type Clock } from './domain/time/clock'
import type { Logger } from './logger'
import { createRepositories } from './repositories'
import { createServices } from './services'
import { issuerEndpoints } from './services/issuerDiscovery'
import { loadSigningKeys } from './identity/signingKeys'

/** The composition root: everything the app needs, built once from the configuration. */
export function createDependencies(config: Config, logger: Logger, databaseUrl: string, clock: Clock = systemClock) {
  const db = createDatabase(databaseUrl, config.database.poolMax, logger)
  // connect-pg-simple wants a pg pool of its own; a server going away must not crash the process.
  const sessionPool = new Pool({ connectionString: databaseUrl, max: 4, connectionTimeoutMillis: 5_000 })
  sessionPool.on('error', error => logger.warn({ err: error }, 'session database connection lost'))
  const repositories = createRepositories(db)
  return {
    config,
    logger,
    db,
    sessionPool,
    repositories,
    services: createServices(db, repositories, config, logger, clock),
    async close() {
      await Promise.all([db.destroy(), sessionPool.end()])
    },
  }
}

export type Dependencies = ReturnType<typeof createDependencies>

/**
 * Where people sign in, and for the bundled accounts service the keys it signs with. Loaded once the
 * schema is up to date, since the keys live in the database.
 */
export async function loadIdentitySettings({ config, db }: Dependencies) {
  return {
    issuer: await issuerEndpoints(config),
    signingKeys: config.identity.bundled ? await loadSigningKeys(db, config.identity.signingKeys) : [],
  }
}

export type IdentitySettings = Awaited<ReturnType<typeof loadIdentitySettings>>

/** Everything `createApp` needs. */
export type AppDependencies = Dependencies & { identity: IdentitySettings }
