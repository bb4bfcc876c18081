import type { Request, Response } from 'express'
import { cookieValue } from '../middleware/cookieValue'
import type { IdentityProvider } from './createIdentityProvider'

const SESSION_COOKIE = '_session'

/**
 * Ends the accounts service's session along with the service's own, in one step: the service and
 * its accounts service share an origin, so the provider's session cookie arrives with the sign-out.
 * Other issuers are signed out of through their end-session endpoint instead.
 */
export function endAccountsSession(provider: IdentityProvider) {
  return async (req: Request, res: Response): Promise<void> => {
    const sessionId = cookieValue(req.headers.cookie, SESSION_COOKIE)
    if (sessionId) await provider.Session.adapter.destroy(sessionId)
    res.clearCookie(SESSION_COOKIE)
    res.clearCookie(`${SESSION_COOKIE}.sig`)
  }
}

export type EndAccountsSession = ReturnType<typeof endAccountsSession>
