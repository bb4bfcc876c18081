import type { RequestHandler } from 'express'
import { csrfSync } from 'csrf-sync'

/**
 * Synchroniser-token protection on every state-changing request. Forms call `csrfToken()` from
 * their template, so a session is only created for people who are shown a form.
 */
export function setUpCsrf(): RequestHandler[] {
  const { csrfSynchronisedProtection, generateToken } = csrfSync({
    getTokenFromRequest: req => {
      const token: unknown = (req.body as Record<string, unknown> | undefined)?._csrf
      return typeof token === 'string' ? token : undefined
    },
  })
  const exposeToken: RequestHandler = (req, res, next) => {
    res.locals.csrfToken = () => generateToken(req)
    next()
  }
  return [exposeToken, csrfSynchronisedProtection]
}
