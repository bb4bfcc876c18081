import { Router, type ErrorRequestHandler } from 'express'
import { z } from 'zod'
import { formRoute } from '../routes/formRoute'
import type { AccountService } from './accountService'
import { LOCK_AFTER_FAILED_SIGN_INS, LOCK_MINUTES } from './accountService'
import type { IdentityProvider } from './createIdentityProvider'
import { emailAddressField } from './emailAddressField'
import { limits, type RateLimiter } from '../services/rateLimiter'

const signInSchema = z.object({
  email: emailAddressField,
  password: z.string().min(1, 'Enter your password').max(1000, 'Password must be 1,000 characters or fewer'),
})

// The same words whatever went wrong, so nobody can learn whether an address has an account.
const SIGN_IN_FAILED = `Enter a correct email address and password. After ${LOCK_AFTER_FAILED_SIGN_INS} wrong attempts an account is locked for ${LOCK_MINUTES} minutes.`

/** The accounts service's sign-in page, shown while the provider waits for the person to sign in. */
export function signInPageRouter(
  provider: IdentityProvider,
  accounts: AccountService,
  rateLimiter: RateLimiter,
): Router {
  const router = Router()
  formRoute(router, '/accounts/sign-in/:uid', {
    schema: signInSchema,
    show: async (req, res, form) => {
      await provider.interactionDetails(req, res)
      res.render('pages/identity/sign-in', { form: { ...form, values: { email: form.values.email } } })
    },
    submit: async (req, res, answers) => {
      await provider.interactionDetails(req, res)
      await rateLimiter.attempt([limits.signInPerAddress, String(req.ip)], [limits.signInPerAccount, answers.email])
      const result = await accounts.signIn(answers.email, answers.password, String(req.id))
      if (!result.signedIn) {
        const errors = {
          list: [{ text: SIGN_IN_FAILED, href: '#email' }],
          byField: { email: { text: SIGN_IN_FAILED } },
        }
        return res.status(400).render('pages/identity/sign-in', { form: { values: { email: answers.email }, errors } })
      }
      await provider.interactionFinished(
        req,
        res,
        { login: { accountId: result.accountId } },
        { mergeWithLastSubmission: false },
      )
    },
  })
  // The sign-in took too long, or the page was opened again after finishing: start sign-in afresh.
  router.use('/accounts/sign-in', ((error, _req, res, next) => {
    if ((error as Error).name === 'SessionNotFound') return res.redirect('/sign-in')
    next(error)
  }) as ErrorRequestHandler)
  return router
}
