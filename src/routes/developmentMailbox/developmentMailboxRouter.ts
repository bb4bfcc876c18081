import { Router } from 'express'
import { z } from 'zod'
import type { Repositories } from '../../repositories'

const querySchema = z.object({ to: z.email().optional().catch(undefined) })

/**
 * Shows what the service "sent" when it runs without GOV.UK Notify, so people trying it out can
 * follow activation and reset links. Only mounted with the development mailbox, which production refuses.
 */
export function developmentMailboxRouter({ developmentMailbox }: Pick<Repositories, 'developmentMailbox'>): Router {
  const router = Router()
  router.get('/development/mailbox', async (req, res) => {
    const { to } = querySchema.parse(req.query)
    res.render('pages/development/mailbox', { to, messages: await developmentMailbox.latest(50, to) })
  })
  return router
}
