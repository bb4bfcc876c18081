import { Router } from 'express'
import { passwordRules } from '../../domain/accounts/passwordRules'
import { formRoute, type FormState } from '../../routes/formRoute'
import type { AccountService } from '../accountService'
import { limits, type RateLimiter } from '../../services/rateLimiter'
import { renderLinkExpired } from '../linkExpired'
import { forgottenPasswordSchema, resetPasswordSchema, unlockSchema } from './recoverySchemas'

const WRONG_ANSWER = 'The answer does not match the one you gave. Check it and try again.'

/** A forgotten password (emailed link plus security answer) and a locked account (emailed unlock link). */
export function recoveryRouter(accounts: AccountService, rateLimiter: RateLimiter): Router {
  const router = Router()

  formRoute(router, '/accounts/forgotten-password', {
    schema: forgottenPasswordSchema,
    show: (_req, res, form) => res.render('pages/identity/recovery/forgotten-password', { form }),
    submit: async (req, res, { email }) => {
      await rateLimiter.attempt([limits.resetPerAddress, String(req.ip)], [limits.resetPerAccount, email])
      await accounts.requestPasswordReset(email, String(req.id))
      res.redirect(303, '/accounts/forgotten-password/check-your-email')
    },
  })
  router.get('/accounts/forgotten-password/check-your-email', (_req, res) =>
    res.render('pages/identity/recovery/check-your-email'),
  )

  const showReset = async (token: string, res: Parameters<typeof renderLinkExpired>[0], form: FormState) => {
    const securityQuestion = await accounts.securityQuestionFor(token)
    if (!securityQuestion) return renderLinkExpired(res, 'passwordReset')
    // Passwords and answers are never sent back to the browser.
    res.render('pages/identity/recovery/reset-password', {
      form: { ...form, values: {} },
      securityQuestion,
      passwordRules,
    })
  }
  formRoute(router, '/accounts/reset-password/:token', {
    schema: resetPasswordSchema,
    show: (req, res, form) => showReset(String(req.params.token), res, form),
    submit: async (req, res, answers) => {
      const token = String(req.params.token)
      const result = await accounts.resetPassword(token, answers, String(req.id))
      if (result.reset) return res.redirect(303, '/accounts/password-changed')
      if (result.reason === 'link') return renderLinkExpired(res, 'passwordReset')
      const [field, text] =
        result.reason === 'answer' ? ['securityAnswer', WRONG_ANSWER] : ['password', result.problem!]
      res.status(400)
      await showReset(token, res, {
        values: {},
        errors: { list: [{ text, href: `#${field}` }], byField: { [field]: { text } } },
      })
    },
  })
  router.get('/accounts/password-changed', (_req, res) => res.render('pages/identity/recovery/password-changed'))

  formRoute(router, '/accounts/unlock/:token', {
    schema: unlockSchema,
    show: (_req, res, form) => res.render('pages/identity/recovery/unlock', { form }),
    submit: async (req, res) => {
      if (await accounts.unlock(String(req.params.token), String(req.id)))
        return res.redirect(303, '/accounts/unlocked')
      renderLinkExpired(res, 'unlock')
    },
  })
  router.get('/accounts/unlocked', (_req, res) => res.render('pages/identity/recovery/unlocked'))
  return router
}
