import connectPgSimple from 'connect-pg-simple'
import { Router, type Response } from 'express'
import session from 'express-session'
import type { Pool } from 'pg'
import type { Config } from '../config'

/**
 * Sessions kept in PostgreSQL, so any instance can serve any request and a restart signs nobody
 * out. The cookie lives for 30 minutes after the last request (a rolling idle timeout).
 */
export function setUpSession(config: Config, pool: Pool): Router {
  const PgStore = connectPgSimple(session)
  const router = Router()
  router.use(
    session({
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
    }),
  )
  // express-session sends a redirect's headers before it has saved the session, so a quick browser
  // can ask for the next page before the answers it just gave are stored: save first, then redirect.
  router.use((req, res, next) => {
    const redirect = res.redirect.bind(res) as (...args: unknown[]) => void
    res.redirect = ((...args: unknown[]) => {
      // A session holding nothing but its cookie is not worth a database write.
      if (!req.session || Object.keys(req.session).every(key => key === 'cookie')) return redirect(...args)
      req.session.save(error => (error ? next(error) : redirect(...args)))
    }) as Response['redirect']
    next()
  })
  return router
}
