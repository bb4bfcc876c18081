import { Router } from 'express'
import type { Services } from '../../services'

/** For load balancers and monitoring: 200 when the service can reach its database, 503 when not. */
export function healthRouter({ health }: Pick<Services, 'health'>): Router {
  const router = Router()
  router.get('/health', async (_req, res) => {
    const report = await health.check()
    res
      .status(report.healthy ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({
        status: report.healthy ? 'UP' : 'DOWN',
        checks: report.checks,
      })
  })
  return router
}
