import { Router, type Request, type RequestHandler } from 'express'
import { Authenticator } from 'passport'
import OpenIDConnectStrategy, { type VerifyCallback } from 'passport-openidconnect'
import type { Config } from '../config'
import { cookieValue } from './cookieValue'
import { rememberReturnTo } from './returnTo'
import type { IdentitySettings } from '../dependencies'
import type { User as ServiceUser, UserRepository } from '../repositories/userRepository'
import type { SignInService } from '../services/signInService'

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    // The signed-in person, as passport puts them on the request.
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface User extends ServiceUser {}
  }
}

declare module 'express-session' {
  interface SessionData {
    /** Kept to end the issuer's session too when the person signs out. */
    idToken?: string
  }
}

export const SIGN_IN_STRATEGY = 'openid-connect'
const SCOPE = ['email', 'profile', 'organisation']

/**
 * Sign-in through OpenID Connect against the configured issuer. The session holds only the user's
 * id; the user is read from the database on every request, so a disabled account stops at once.
 */
export function setUpAuthentication(
  config: Config,
  identity: IdentitySettings,
  users: UserRepository,
  signIn: SignInService,
) {
  const passport = new Authenticator()
  passport.use(
    SIGN_IN_STRATEGY,
    new OpenIDConnectStrategy(
      {
        issuer: identity.issuer.issuer,
        authorizationURL: identity.issuer.authorizationUrl,
        tokenURL: identity.issuer.tokenUrl,
        userInfoURL: identity.issuer.userInfoUrl,
        clientID: config.identity.clientId,
        clientSecret: config.identity.clientSecret,
        callbackURL: `${config.serviceUrl}/auth/callback`,
        scope: SCOPE,
        // Without the user info call, name and email never arrive.
        skipUserProfile: false,
        // A nonce ties the ID token to this browser's sign-in, so a stolen code cannot be replayed into another.
        nonce: 'true',
        passReqToCallback: true,
      },
      // passport-openidconnect chooses what to pass by this function's arity: keep all ten parameters.
      (
        req: Request,
        issuer: string,
        userInfo: object,
        _idProfile: object,
        _context: object,
        idToken: string | object,
        _accessToken: string | object,
        _refreshToken: string,
        _params: unknown,
        done: VerifyCallback,
      ) => {
        const claims = (userInfo as { _json?: Record<string, unknown> })._json ?? {}
        const text = (name: string) => (typeof claims[name] === 'string' ? (claims[name] as string) : null)
        const email = text('email')
        const subject = text('sub')
        if (!email || !subject) return done(null, undefined)
        // An issuer that says it has not checked the address cannot vouch for an nhs.net one.
        const emailVerified = claims.email_verified !== false
        signIn
          .recordSignIn(
            {
              issuer,
              subject,
              email,
              firstName: text('given_name') ?? '',
              lastName: text('family_name') ?? '',
              jobRole: text('job_role'),
              organisationCode: text('organisation'),
              emailVerified,
            },
            String(req.id),
          )
          .then(user => done(null, user, { idToken }), done)
      },
    ),
  )
  passport.serializeUser((user, done) => done(null, user.id))
  passport.deserializeUser((id: string, done) => {
    users.findById(id).then(user => done(null, user && user.status !== 'disabled' ? user : false), done)
  })

  const router = Router()
  router.use(passport.initialize())
  router.use(passport.session())
  router.use(exposeUser)
  return { passport, router }
}

export type SignInPassport = ReturnType<typeof setUpAuthentication>['passport']

const exposeUser: RequestHandler = (req, res, next) => {
  res.locals.user = req.user
  next()
}

/**
 * Outlives the session cookie (it lasts until the browser closes), so that someone whose session
 * ran out can be told why they must sign in again. It holds their mark (`personMark`), so what they
 * left behind is given back to them alone.
 */
export const SIGNED_IN_MARKER = 'patient-safety.signed-in'

const RETURN_TO_MINUTES = 30

/** A path on this service, never another site ("//elsewhere" or "/\\elsewhere" would be one). */
export function isLocalPath(path: string | undefined): path is string {
  return typeof path === 'string' && /^\/(?![/\\])[\w\-./?=&%~]*$/.test(path) && path.length <= 500
}

/**
 * For pages only signed-in people may see: others are sent to sign in, or told that they were
 * signed out after 30 minutes without doing anything.
 */
export const requireSignIn: RequestHandler = (req, res, next) => {
  if (req.user) return next()
  // Back to the page they asked for once signed in, such as a draft or the event an email links to.
  const marker = cookieValue(req.headers.cookie, SIGNED_IN_MARKER)
  if (req.method === 'GET' && isLocalPath(req.originalUrl)) {
    rememberReturnTo(res, req.originalUrl, marker, RETURN_TO_MINUTES * 60_000)
  }
  if (marker) {
    res.clearCookie(SIGNED_IN_MARKER)
    return res.redirect('/session-ended')
  }
  res.redirect('/sign-in')
}
