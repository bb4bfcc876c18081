import type { Request, RequestHandler } from 'express'
import { cookieValue } from './cookieValue'
import { rememberReturnTo } from './returnTo'
import { SIGNED_IN_MARKER } from './setUpAuthentication'

declare module 'express-session' {
  interface SessionData {
    /** Answers posted after the session ran out, shown again once the person has signed back in. */
    unsavedAnswers?: { path: string; values: Record<string, string | string[]>; at: number; owner: string }
  }
}

const DRAFT_QUESTION = /^\/events\/drafts\/[0-9a-f-]{36}\/[a-z0-9-]+$/
const KEPT_FOR_MS = 2 * 60 * 60_000

/**
 * Someone signed out by the idle timeout while answering a question does not lose what they typed:
 * it is kept in their new session (never stored against the draft, since nobody is signed in) and
 * put back on the page after they sign in again, for them to check and save; the marker says whose
 * it is, so someone else signing in next on that browser never sees it. Only a browser that
 * was signed in sends the marker cookie, and never on a request from another site, so no other site
 * can plant answers.
 */
export function keepUnsavedAnswers(): RequestHandler {
  return (req, res, next) => {
    if (req.method !== 'POST' || req.user || !DRAFT_QUESTION.test(req.path)) return next()
    const owner = cookieValue(req.headers.cookie, SIGNED_IN_MARKER)
    if (!owner) return next()
    const values = Object.fromEntries(
      Object.entries((req.body ?? {}) as Record<string, unknown>).filter(
        (entry): entry is [string, string | string[]] =>
          !['_csrf', 'action'].includes(entry[0]) &&
          (typeof entry[1] === 'string' ||
            (Array.isArray(entry[1]) && entry[1].every(item => typeof item === 'string'))),
      ),
    )
    req.session.unsavedAnswers = { path: req.path, values, at: Date.now(), owner }
    rememberReturnTo(res, req.path, owner, KEPT_FOR_MS)
    res.clearCookie(SIGNED_IN_MARKER)
    res.redirect(303, '/session-ended')
  }
}

/** At sign-in: answers kept for someone else (a shared computer) are dropped unseen. */
export function forgetUnsavedAnswersOfOthers(req: Request, mark: string): void {
  if (req.session.unsavedAnswers && req.session.unsavedAnswers.owner !== mark) delete req.session.unsavedAnswers
}

/** The answers kept for this page, if any; they are shown once. */
export function takeUnsavedAnswers(req: Request): Record<string, string | string[]> | undefined {
  const kept = req.session.unsavedAnswers
  if (!kept || kept.path !== req.path) return undefined
  delete req.session.unsavedAnswers
  return Date.now() - kept.at < KEPT_FOR_MS ? kept.values : undefined
}
