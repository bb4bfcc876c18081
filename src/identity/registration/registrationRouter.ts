import { Router, type Request } from 'express'
import { z } from 'zod'
import {
  organisationTypesFor,
  registrationOrganisationTypes,
  type RegistrationOrganisationType,
} from '../../domain/accounts/registrationOrganisationTypes'
import type { OrganisationDirectory } from '../../services/organisations/organisationDirectory'
import { formRoute } from '../../routes/formRoute'
import type { RegistrationService } from '../registrationService'
import { limits, type RateLimiter } from '../../services/rateLimiter'
import {
  checkAnswersSchema,
  jobRoles,
  jobRoleSchema,
  organisationSchema,
  organisationTypeSchema,
  setUpSchema,
  yourDetailsSchema,
} from './registrationSchemas'

interface RegistrationAnswers {
  firstName?: string
  lastName?: string
  email?: string
  jobRole?: string
  organisationType?: RegistrationOrganisationType
  organisationId?: number
}

declare module 'express-session' {
  interface SessionData {
    /** Answers given so far while registering; nothing is stored in the database until "Register". */
    registration?: RegistrationAnswers
  }
}

const BASE = '/accounts/register'
const steps = [
  { path: `${BASE}/your-details`, done: (a: RegistrationAnswers) => a.email !== undefined },
  { path: `${BASE}/job-role`, done: (a: RegistrationAnswers) => a.jobRole !== undefined },
  { path: `${BASE}/organisation-type`, done: (a: RegistrationAnswers) => a.organisationType !== undefined },
  { path: `${BASE}/organisation`, done: (a: RegistrationAnswers) => a.organisationId !== undefined },
]
const CHECK_ANSWERS = `${BASE}/check-answers`
const SEARCH_RESULTS = 20
const searchSchema = z.object({ search: z.string().trim().max(100).optional().catch(undefined) })

const answersOf = (req: Request): RegistrationAnswers => req.session.registration ?? {}
const remember = (req: Request, answers: Partial<RegistrationAnswers>) => {
  req.session.registration = { ...answersOf(req), ...answers }
}
/** After a change from the check answers page, go back there; otherwise on to the next question. */
const nextPage = (req: Request, next: string) => (req.query.change === 'yes' ? CHECK_ANSWERS : next)

/** Setting up an account in the accounts service: one question per page, then check and register. */
export function registrationRouter(
  registration: RegistrationService,
  organisations: OrganisationDirectory,
  rateLimiter: RateLimiter,
): Router {
  const router = Router()

  formRoute(router, '/accounts/set-up', {
    schema: setUpSchema,
    show: (_req, res, form) => res.render('pages/identity/register/set-up', { form }),
    submit: (_req, res, answers) => res.redirect(303, answers.hasAccount === 'yes' ? '/sign-in' : steps[0]!.path),
  })

  // Every later page needs the answers before it: send people back to the first one missing.
  router.use(BASE, (req, res, next) => {
    const answers = answersOf(req)
    const current = steps.findIndex(step => `${BASE}${req.path}` === step.path)
    const missing = steps.find((step, index) => (current === -1 || index < current) && !step.done(answers))
    if (missing && req.path !== '/check-your-email' && `${BASE}${req.path}` !== missing.path)
      return res.redirect(missing.path)
    next()
  })

  formRoute(router, `${BASE}/your-details`, {
    schema: yourDetailsSchema,
    show: (req, res, form) => {
      const answers = answersOf(req)
      const values = form.errors.list.length ? form.values : { ...answers, confirmEmail: answers.email }
      res.render('pages/identity/register/your-details', { form: { ...form, values } })
    },
    submit: (req, res, { firstName, lastName, email }) => {
      remember(req, { firstName, lastName, email })
      res.redirect(303, nextPage(req, steps[1]!.path))
    },
  })

  formRoute(router, `${BASE}/job-role`, {
    schema: jobRoleSchema,
    show: (req, res, form) =>
      res.render('pages/identity/register/job-role', { form: withAnswers(req, form), jobRoles }),
    submit: (req, res, { jobRole }) => {
      remember(req, { jobRole })
      res.redirect(303, nextPage(req, steps[2]!.path))
    },
  })

  formRoute(router, `${BASE}/organisation-type`, {
    schema: organisationTypeSchema,
    show: (req, res, form) =>
      res.render('pages/identity/register/organisation-type', {
        form: withAnswers(req, form),
        organisationTypes: registrationOrganisationTypes,
      }),
    submit: async (req, res, { organisationType }) => {
      // NHS England is one organisation: there is nothing to search for.
      const nhsEngland = organisationType === 'nhs-england' ? await organisations.findByOdsCode('X24') : undefined
      remember(req, { organisationType, organisationId: nhsEngland?.id })
      res.redirect(303, nhsEngland ? CHECK_ANSWERS : steps[3]!.path)
    },
  })

  formRoute(router, `${BASE}/organisation`, {
    schema: organisationSchema,
    show: async (req, res, form) => {
      const { search } = searchSchema.parse(req.query)
      const type = answersOf(req).organisationType ?? 'other'
      // The 42 ICBs fit on one page: offer them all, and searching as well.
      const results =
        search || type === 'icb'
          ? await organisations.search(
              search ?? '',
              organisationTypesFor(type),
              type === 'icb' && !search ? 50 : SEARCH_RESULTS,
            )
          : []
      res.render('pages/identity/register/organisation', { form, search, results, resultLimit: SEARCH_RESULTS })
    },
    submit: async (req, res, { organisationId }) => {
      const organisation = await organisations.findById(organisationId)
      const type = answersOf(req).organisationType ?? 'other'
      // Only an open organisation of the chosen type, as the search offered.
      if (!organisation?.isOpen || !organisationTypesFor(type).includes(organisation.type))
        return res.redirect(303, steps[3]!.path)
      remember(req, { organisationId })
      res.redirect(303, CHECK_ANSWERS)
    },
  })

  formRoute(router, CHECK_ANSWERS, {
    schema: checkAnswersSchema,
    show: async (req, res, form) => {
      const answers = answersOf(req)
      const organisation = answers.organisationId ? await organisations.findById(answers.organisationId) : undefined
      res.render('pages/identity/register/check-answers', { form, answers, organisation })
    },
    submit: async (req, res) => {
      const { firstName, lastName, email, jobRole, organisationId } = answersOf(req)
      await rateLimiter.attempt([limits.registerPerAddress, String(req.ip)], [limits.registerPerAccount, email!])
      await registration.register(
        {
          firstName: firstName!,
          lastName: lastName!,
          email: email!,
          jobRole: jobRole!,
          organisationId: organisationId!,
        },
        String(req.id),
      )
      req.session.registration = { email }
      res.redirect(303, `${BASE}/check-your-email`)
    },
  })

  router.get(`${BASE}/check-your-email`, (req, res) => {
    res.render('pages/identity/register/check-your-email', { email: answersOf(req).email })
  })
  return router
}

/** The form with what was answered before, unless the page is being shown again with errors. */
function withAnswers(req: Request, form: { values: Record<string, unknown>; errors: { list: unknown[] } }) {
  return form.errors.list.length ? form : { ...form, values: { ...answersOf(req) } }
}
