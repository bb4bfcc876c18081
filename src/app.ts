import compression from 'compression'
import express from 'express'
import type { AppDependencies } from './dependencies'
import { createIdentityProvider } from './identity/createIdentityProvider'
import { endAccountsSession } from './identity/endAccountsSession'
import { activationRouter } from './identity/registration/activationRouter'
import { recoveryRouter } from './identity/recovery/recoveryRouter'
import { registrationRouter } from './identity/registration/registrationRouter'
import { signInPageRouter } from './identity/signInPageRouter'
import { errorHandler, notFound } from './middleware/errorHandler'
import { setUpAuthentication } from './middleware/setUpAuthentication'
import { setUpBodyParsing } from './middleware/setUpBodyParsing'
import { keepUnsavedAnswers } from './middleware/keepUnsavedAnswers'
import { setUpCsrf } from './middleware/setUpCsrf'
import { setUpPermissions } from './middleware/setUpPermissions'
import { setUpNunjucks } from './middleware/setUpNunjucks'
import { setUpRequestLogging } from './middleware/setUpRequestLogging'
import { setUpSession } from './middleware/setUpSession'
import { setUpStaticResources } from './middleware/setUpStaticResources'
import { setUpWebSecurity } from './middleware/setUpWebSecurity'
import { footerLinks } from './routes/content/contentPages'
import { unvalidatedPostRoutes } from './routes/formRoute'
import { healthRouter } from './routes/health/healthRouter'
import { setUpRoutes } from './routes'

/** No form can skip validation: a POST route whose handler does not check what is posted stops the service starting. */
function refuseUnvalidatedForms(app: express.Express): void {
  const unvalidated = unvalidatedPostRoutes(app as unknown as Parameters<typeof unvalidatedPostRoutes>[0])
  if (unvalidated.length) throw new Error(`POST routes without a schema: ${unvalidated.join(', ')}`)
}

/** Builds the web application from its dependencies; never listens, so tests can drive it directly. */
export function createApp(dependencies: AppDependencies): express.Express {
  const { config, db, logger, services, repositories, sessionPool, identity } = dependencies
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', config.trustProxyHops)

  // The order matters: each layer may rely on those above it.
  app.use(setUpRequestLogging(logger)) // request id and one log line per request
  app.use(setUpWebSecurity(config)) // CSP nonce and security headers, on every response
  app.use(compression())
  app.use(setUpStaticResources(config)) // before the session, so files never touch the database
  const views = setUpNunjucks(app, config)
  views.addGlobal('footerLinks', footerLinks)
  views.addGlobal('signInHref', config.identity.accountsOnly ? `${config.identity.clientUrl}/sign-in` : '/sign-in')
  app.use(healthRouter(services)) // no session: monitoring must not create one per probe

  // The bundled accounts service parses its own requests and keeps its own cookies.
  const provider = config.identity.bundled
    ? createIdentityProvider({
        config,
        db,
        accounts: repositories.accounts,
        signingKeys: identity.signingKeys,
        renderPage: (view, locals) => views.render(`${view}.njk`, locals),
      })
    : undefined
  if (provider) app.use('/oidc', provider.callback())

  app.use(setUpSession(config, sessionPool))
  app.use(setUpBodyParsing())
  // An accounts service on its own signs nobody in to itself: the service elsewhere does that.
  const authentication = config.identity.accountsOnly
    ? undefined
    : setUpAuthentication(config, identity, repositories.users, services.signIn)
  if (authentication) app.use(authentication.router) // the signed-in user, read afresh from the database
  if (authentication) app.use(setUpPermissions(services.memberships)) // their memberships, read afresh too
  if (authentication) app.use(keepUnsavedAnswers())
  app.use(setUpCsrf())
  if (provider) {
    app.use(signInPageRouter(provider, services.accounts, services.rateLimiter))
    app.use(registrationRouter(services.registration, services.organisationDirectory, services.rateLimiter))
    app.use(activationRouter(services.registration))
    app.use(recoveryRouter(services.accounts, services.rateLimiter))
  }
  app.use(setUpRoutes(dependencies, authentication?.passport, provider && endAccountsSession(provider)))
  app.use(notFound)
  app.use(errorHandler(config))
  refuseUnvalidatedForms(app)
  return app
}
