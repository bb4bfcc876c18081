import { Router } from 'express'
import { passwordRules } from '../../domain/accounts/passwordRules'
import { securityQuestions } from '../../domain/accounts/securityQuestions'
import { formRoute } from '../../routes/formRoute'
import { renderLinkExpired } from '../linkExpired'
import type { RegistrationService } from '../registrationService'
import { activationSchema } from './registrationSchemas'

/** The emailed activation link: choose a password and a security question, then sign in. */
export function activationRouter(registration: RegistrationService): Router {
  const router = Router()
  const render = 'pages/identity/register/activate'

  formRoute(router, '/accounts/activate/:token', {
    schema: activationSchema,
    show: async (req, res, form) => {
      const email = await registration.activationEmail(String(req.params.token))
      if (!email) return renderLinkExpired(res, 'activation')
      // Passwords are never sent back to the browser, even when the page is shown again.
      const values = { securityQuestion: form.values.securityQuestion, securityAnswer: form.values.securityAnswer }
      res.render(render, { form: { ...form, values }, email, passwordRules, securityQuestions })
    },
    submit: async (req, res, answers) => {
      const result = await registration.activate(String(req.params.token), answers, String(req.id))
      if (result.activated) return res.redirect(303, '/accounts/activated')
      if (result.reason === 'link') return renderLinkExpired(res, 'activation')
      const error = { text: result.problem! }
      res.status(400).render(render, {
        form: {
          values: { securityQuestion: answers.securityQuestion, securityAnswer: answers.securityAnswer },
          errors: { list: [{ ...error, href: '#password' }], byField: { password: error } },
        },
        email: await registration.activationEmail(String(req.params.token)),
        passwordRules,
        securityQuestions,
      })
    },
  })
  router.get('/accounts/activated', (_req, res) => res.render('pages/identity/register/activated'))
  return router
}
