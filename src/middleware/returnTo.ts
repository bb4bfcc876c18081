import type { Request, Response } from 'express'
import { cookieValue } from './cookieValue'

const RETURN_TO_COOKIE = 'patient-safety.return-to'

/**
 * Remembers the page to go back to once signed in. `owner` is the mark of the person whose session
 * ran out, when the browser has one: only they go back there, never the next person to sign in on
 * that browser. Without one (a link from an email) the page is for whoever signs in.
 */
export function rememberReturnTo(res: Response, path: string, owner: string | undefined, maxAgeMs: number): void {
  res.cookie(RETURN_TO_COOKIE, `${owner ?? ''} ${path}`, { httpOnly: true, sameSite: 'lax', maxAge: maxAgeMs })
}

/** The page to go back to, if it is for the person `mark` names; forgotten either way. */
export function takeReturnTo(req: Request, res: Response, mark: string): string | undefined {
  const remembered = cookieValue(req.headers.cookie, RETURN_TO_COOKIE)
  res.clearCookie(RETURN_TO_COOKIE)
  const separator = remembered?.indexOf(' ') ?? -1
  if (!remembered || separator < 0) return undefined
  const owner = remembered.slice(0, separator)
  return owner === '' || owner === mark ? remembered.slice(separator + 1) : undefined
}
