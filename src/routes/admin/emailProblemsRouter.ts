import { Router } from 'express'
import { z } from 'zod'
import { requireNationalAdmin } from '../../middleware/setUpAuthentication'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { OutboxRepository } from '../../repositories/outboxRepository'
import { formRoute } from '../formRoute'

const PAGE_SIZE = 100
const retrySchema = z.object({ emailId: z.string().regex(/^\d{1,18}$/, 'Choose an email to send again') })

/** Emails that could not be sent after every retry, for national administrators to see and resend. */
export function emailProblemsRouter(outbox: OutboxRepository, audit: AuditRepository): Router {
  const router = Router()
  router.use('/admin/email-problems', requireNationalAdmin)
  formRoute(router, '/admin/email-problems', {
    schema: retrySchema,
    show: async (req, res, form) => {
      res.render('pages/admin/email-problems', {
        form,
        emails: await outbox.parked(PAGE_SIZE),
        resent: req.query.resent,
      })
    },
    submit: async (req, res, { emailId }) => {
      if (await outbox.retryParked(emailId)) {
        await audit.record({
          actorUserId: req.user!.id,
          action: 'email.resent',
          subjectType: 'email',
          subjectId: emailId,
          requestId: String(req.id),
        })
      }
      res.redirect(303, '/admin/email-problems?resent=yes')
    },
  })
  return router
}
