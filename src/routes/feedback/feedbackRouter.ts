import { Router } from 'express'
import type { Services } from '../../services'
import { formRoute } from '../formRoute'
import { feedbackSchema, IMPROVEMENTS_MAX_LENGTH } from './feedbackSchema'

/** The phase banner's "feedback" link: how satisfied people are and what would make it better. */
export function feedbackRouter({ feedback }: Pick<Services, 'feedback'>): Router {
  const router = Router()
  formRoute(router, '/feedback', {
    schema: feedbackSchema,
    show: (req, res, form) => {
      const from = feedbackSchema.shape.page.parse(req.query.from)
      res.render('pages/feedback/feedback', { form, from, maxLength: IMPROVEMENTS_MAX_LENGTH })
    },
    submit: async (_req, res, answers) => {
      await feedback.submit(answers)
      res.redirect(303, `/feedback/sent${answers.page ? `?from=${encodeURIComponent(answers.page)}` : ''}`)
    },
  })
  router.get('/feedback/sent', (req, res) => {
    res.render('pages/feedback/sent', { from: feedbackSchema.shape.page.parse(req.query.from) })
  })
  return router
}
