import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { Router } from 'express'
import helmet from 'helmet'
import type { Config } from '../config'

/**
 * Security headers, with a content security policy that allows only this origin's files and the
 * inline scripts carrying this response's nonce.
 */
export function setUpWebSecurity(config: Config): Router {
  const router = Router()
  router.use((_req, res, next) => {
    res.locals.cspNonce = randomBytes(16).toString('base64')
    next()
  })
  // Browsers check every redirect after a form against form-action: signing in and out passes
  // through the issuer, and from a separate accounts service back to the service.
  const ownOrigin = new URL(config.serviceUrl).origin
  const formTargets = [config.identity.issuer, config.identity.clientUrl]
    .map(url => new URL(url).origin)
    .filter((origin, index, origins) => origin !== ownOrigin && origins.indexOf(origin) === index)
  const nonce = (_req: IncomingMessage, res: ServerResponse) =>
    `'nonce-${(res as unknown as { locals: { cspNonce: string } }).locals.cspNonce}'`
  router.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'", nonce],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          fontSrc: ["'self'"],
          connectSrc: ["'self'"],
          formAction: ["'self'", ...formTargets],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: config.isProduction ? [] : null,
        },
      },
      strictTransportSecurity: config.isProduction ? { maxAge: 31_536_000, includeSubDomains: true } : false,
      crossOriginEmbedderPolicy: true,
      referrerPolicy: { policy: 'same-origin' },
    }),
  )
  return router
}
