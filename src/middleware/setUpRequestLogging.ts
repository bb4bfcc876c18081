import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { pinoHttp } from 'pino-http'
import type { Logger } from '../logger'

const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/
// Emailed links carry a secret in their path: whoever reads it could use the link.
const SECRET_IN_PATH = /^(\/accounts\/(?:activate|reset-password|unlock))\/[^/?]+/

/** The path to log: no query string (it carries search words) and no secret link tokens. */
export function loggablePath(url: string): string {
  return (url.split('?')[0] ?? '').replace(SECRET_IN_PATH, '$1/:token')
}

/**
 * A request id (taken from a proxy's X-Request-Id when it is safe to echo, otherwise new) on every
 * log line and response. Only method, path and status are logged: never bodies, query strings
 * (they carry search words) or headers.
 */
export function setUpRequestLogging(logger: Logger) {
  return pinoHttp({
    logger,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const offered = req.headers['x-request-id']
      const id = typeof offered === 'string' && SAFE_REQUEST_ID.test(offered) ? offered : randomUUID()
      res.setHeader('X-Request-Id', id)
      return id
    },
    serializers: {
      req: (req: { id: string; method: string; url: string }) => ({
        id: req.id,
        method: req.method,
        path: loggablePath(req.url),
      }),
      res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
    },
    autoLogging: { ignore: req => /^\/(assets|javascripts|stylesheets)\//.test(req.url ?? '') },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : 'info'),
  })
}
