import { Router } from 'express'
import type { Config } from '../config'
import type { Repositories } from '../repositories'
import type { Services } from '../services'
import { contentRouter } from './content/contentRouter'
import { developmentMailboxRouter } from './developmentMailbox/developmentMailboxRouter'
import { feedbackRouter } from './feedback/feedbackRouter'

/** The pages people use; each feature brings its own router. */
export function setUpRoutes(config: Config, services: Services, repositories: Repositories): Router {
  const router = Router()
  router.use(contentRouter())
  router.use(feedbackRouter(services))
  if (config.email.transport === 'development-mailbox') router.use(developmentMailboxRouter(repositories))
  return router
}
