import { Router } from 'express'
import { z } from 'zod'
import { permissionsOf, requireNationalAdmin } from '../../middleware/setUpPermissions'
import type { EmailProblemsService } from '../../services/email/emailProblemsService'
import { formRoute } from '../formRoute'

const PAGE_SIZE = 100
const retrySchema = z.object({ emailId: z.string().regex(/^\d{1,18}$/, 'Choose an email to send again') })

/** Emails that could not be sent after every retry, for national administrators to see and resend. */
export function emailProblemsRouter(emailProblems: EmailProblemsService): Router {
  const router = Router()
  router.use('/admin/email-problems', requireNationalAdmin)
  formRoute(router, '/admin/email-problems', {
    schema: retrySchema,
    show: async (req, res, form) => {
      res.render('pages/admin/email-problems', {
        form,
        emails: await emailProblems.parked(permissionsOf(req), PAGE_SIZE),
        resent: req.query.resent,
      })
    },
    submit: async (req, res, { emailId }) => {
      await emailProblems.resend(permissionsOf(req), emailId, String(req.id))
      res.redirect(303, '/admin/email-problems?resent=yes')
    },
  })
  return router
}
