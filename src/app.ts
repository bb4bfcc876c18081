import compression from 'compression'
import express from 'express'
import type { Dependencies } from './dependencies'
import { errorHandler, notFound } from './middleware/errorHandler'
import { setUpBodyParsing } from './middleware/setUpBodyParsing'
import { setUpCsrf } from './middleware/setUpCsrf'
import { setUpNunjucks } from './middleware/setUpNunjucks'
import { setUpRequestLogging } from './middleware/setUpRequestLogging'
import { setUpSession } from './middleware/setUpSession'
import { setUpStaticResources } from './middleware/setUpStaticResources'
import { setUpWebSecurity } from './middleware/setUpWebSecurity'
import { footerLinks } from './routes/content/contentPages'
import { healthRouter } from './routes/health/healthRouter'
import { setUpRoutes } from './routes'

/** Builds the web application from its dependencies; never listens, so tests can drive it directly. */
export function createApp({ config, logger, services, repositories, sessionPool }: Dependencies): express.Express {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', config.trustProxyHops)

  // The order matters: each layer may rely on those above it.
  app.use(setUpRequestLogging(logger)) // request id and one log line per request
  app.use(setUpWebSecurity(config)) // CSP nonce and security headers, on every response
  app.use(compression())
  app.use(setUpStaticResources(config)) // before the session, so files never touch the database
  setUpNunjucks(app, config).addGlobal('footerLinks', footerLinks)
  app.use(healthRouter(services)) // no session: monitoring must not create one per probe
  app.use(setUpSession(config, sessionPool))
  app.use(setUpBodyParsing())
  app.use(setUpCsrf())
  app.use(setUpRoutes(config, services, repositories))
  app.use(notFound)
  app.use(errorHandler(config))
  return app
}
