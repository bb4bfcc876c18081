import knex, { type Knex } from 'knex'
import pg from 'pg'
import type { Logger } from '../logger'

export type Database = Knex

// A calendar date has no time zone: keep PostgreSQL's YYYY-MM-DD rather than a midnight Date.
const DATE_OID = 1082
pg.types.setTypeParser(DATE_OID, value => value)

/** A knex instance over a pg pool; the one way the service reaches PostgreSQL. */
export function createDatabase(connectionString: string, poolMax: number, logger?: Logger): Database {
  return knex({
    // knex otherwise writes its warnings to the console, bypassing the service's log.
    log: logger && {
      warn: message => logger.warn({ source: 'knex' }, String(message)),
      error: message => logger.error({ source: 'knex' }, String(message)),
      deprecate: message => logger.warn({ source: 'knex' }, String(message)),
      debug: () => undefined,
    },
    client: 'pg',
    connection: { connectionString, application_name: 'record-and-review' },
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: 10_000,
  })
}
