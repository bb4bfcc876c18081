import { Router } from 'express'
import type { Services } from '../services'
import { contentRouter } from './content/contentRouter'
import { feedbackRouter } from './feedback/feedbackRouter'

/** The pages people use; each feature brings its own router. */
export function setUpRoutes(services: Services): Router {
  const router = Router()
  router.use(contentRouter())
  router.use(feedbackRouter(services))
  return router
}
