import connectPgSimple from 'connect-pg-simple'
import session from 'express-session'
import type { Pool } from 'pg'
import type { Config } from '../config'

/**
 * Sessions kept in PostgreSQL, so any instance can serve any request and a restart signs nobody
 * out. The cookie lives for 30 minutes after the last request (a rolling idle timeout).
 */
export function setUpSession(config: Config, pool: Pool) {
  const PgStore = connectPgSimple(session)
  return session({
    name: config.session.cookieName,
    secret: config.session.secret,
    store: new PgStore({ pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: 15 * 60 }),
    resave: false,
    saveUninitialized: false,
    rolling: true,
    proxy: config.trustProxyHops > 0,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: config.isProduction,
      maxAge: config.session.idleMinutes * 60 * 1000,
    },
  })
}
