import { promisify } from 'node:util'
import { Router } from 'express'
import { z } from 'zod'
import type { Config } from '../../config'
import type { IdentitySettings } from '../../dependencies'
import { forgetUnsavedAnswersOfOthers } from '../../middleware/keepUnsavedAnswers'
import { personMark } from '../../middleware/personMark'
import { takeReturnTo } from '../../middleware/returnTo'
import {
  isLocalPath,
  SIGN_IN_STRATEGY,
  SIGNED_IN_MARKER,
  type SignInPassport,
} from '../../middleware/setUpAuthentication'
import type { EndAccountsSession } from '../../identity/endAccountsSession'
import type { SignInService } from '../../services/signInService'
import { formRoute } from '../formRoute'

/** Signing in through the issuer, and signing out of both the service and the issuer. */
export function signInRouter(
  config: Config,
  identity: IdentitySettings,
  passport: SignInPassport,
  signIn: SignInService,
  endAccountsSession: EndAccountsSession | undefined,
): Router {
  const router = Router()
  router.get('/sign-in', passport.authenticate(SIGN_IN_STRATEGY))
  router.get(
    '/auth/callback',
    // The session gets a new id; what it held (answers typed as the last session ran out) stays.
    passport.authenticate(SIGN_IN_STRATEGY, { failureRedirect: '/sign-in/problem', keepSessionInfo: true }),
    (req, res) => {
      if (!req.user) return res.redirect('/sign-in/problem')
      // passport has already given the session a new id, so a fixed session id is useless to an attacker.
      req.session.idToken = (req.authInfo as { idToken?: string } | undefined)?.idToken
      const mark = personMark(config.session.secret, req.user.id)
      res.cookie(SIGNED_IN_MARKER, mark, { httpOnly: true, sameSite: 'lax', secure: config.isProduction })
      // What the last session on this browser left behind is only for the person it belonged to.
      forgetUnsavedAnswersOfOthers(req, mark)
      const returnTo = takeReturnTo(req, res, mark)
      res.redirect(isLocalPath(returnTo) ? returnTo : '/home')
    },
  )
  router.get('/sign-in/problem', (_req, res) => res.status(400).render('pages/sign-in/problem'))

  // Signing out changes something, so it takes a form with its token: no other site can sign anyone out.
  formRoute(router, '/sign-out', {
    schema: z.object({}),
    show: (_req, res) => res.render('pages/sign-in/sign-out'),
    submit: async (req, res) => {
      const idToken = req.session.idToken
      if (req.user) await signIn.recordSignOut(req.user.id, String(req.id))
      if (endAccountsSession) await endAccountsSession(req, res)
      await promisify(req.logout.bind(req))()
      await promisify(req.session.destroy.bind(req.session))()
      res.clearCookie(config.session.cookieName)
      res.clearCookie(SIGNED_IN_MARKER)
      const signedOut = `${config.serviceUrl}/signed-out`
      if (endAccountsSession || !idToken || !identity.issuer.endSessionUrl) return res.redirect(303, signedOut)
      const endSession = new URL(identity.issuer.endSessionUrl)
      endSession.searchParams.set('id_token_hint', idToken)
      endSession.searchParams.set('post_logout_redirect_uri', signedOut)
      res.redirect(303, endSession.toString())
    },
  })
  router.get('/signed-out', (_req, res) => res.render('pages/sign-in/signed-out'))
  router.get('/session-ended', (_req, res) => res.render('pages/sign-in/session-ended'))
  return router
}
