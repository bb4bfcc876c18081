import { useTestDatabase } from '../database/testDatabase'
import { csrfTokenFrom } from '../support/forms'
import { seedPersonas, signedInPersona, type PersonaEmail } from '../support/personas'
import { anEvent } from '../../seeds/anEvent'
import { answerAll, shortIncident, startDraft } from '../support/recording'
import { type Agent } from '../support/signIn'
import { startTestServer } from '../support/testApp'
import request from 'supertest'
import { appRoutes, type AppRoute } from './appRoutes'
import { demoEvents } from '../../seeds/demoEvents'

/**
 * Every route of the app, for every kind of person, against the demo data: who is let in, who is
 * told there is no such page, and who is sent to sign in; and no response shows a record that is not
 * the person's to see. A route that is not classified here fails the test until it is.
 */
const personas = {
  standard: 'demo.standard@nhs.net',
  pending: 'demo.pending@example.org',
  organisational: 'demo.organisational@nhs.net',
  admin: 'demo.admin@nhs.net',
  icb: 'demo.icb@nhs.net',
  region: 'demo.region@nhs.net',
  external: 'demo.external@nhs.net',
  national: 'demo.national@nhs.net',
} as const satisfies Record<string, PersonaEmail>

type Persona = keyof typeof personas | 'anonymous'
/**
 * What each person gets from a route: the status it answers with when they may use it, "Page not
 * found" when they may not, or the sign-in page when nobody is signed in.
 */
type Outcome = number | 'denied' | 'signIn'
type Access = Record<Persona, Outcome>

const people = ['anonymous', ...Object.keys(personas)] as Persona[]
/** The route asks nobody who they are, and answers everyone alike. */
const everyone = (status: number): Access => Object.fromEntries(people.map(persona => [persona, status])) as Access
const only =
  (...allowed: Persona[]) =>
  (status: number): Access =>
    Object.fromEntries(
      people.map(persona => [
        persona,
        persona === 'anonymous' ? 'signIn' : allowed.includes(persona) ? status : 'denied',
      ]),
    ) as Access
const signedIn = only('standard', 'pending', 'organisational', 'admin', 'icb', 'region', 'external', 'national')

/** The sample: DMAT1 (the Northmoor trust) with its admin, and an event recorded there by its organisational member. */
const trustMembers = only('organisational', 'admin', 'external')
const trustOverseers = only('organisational', 'admin', 'external', 'icb', 'region')

/** A form posted empty is shown again with what to fix (400); a page refusing the request outright is not "allowed". */
const REFUSED_REQUEST = 'Sorry, there is a problem with your request'

const classification: Record<string, Access> = {
  'GET /stylesheets/govuk-frontend.min.css': everyone(200),
  'GET /javascripts/govuk-frontend.min.js': everyone(200),
  'GET /javascripts/accessible-autocomplete.min.js': everyone(200),
  'GET /stylesheets/accessible-autocomplete.min.css': everyone(200),
  'GET /health': everyone(200),
  'GET /accounts/sign-in/:uid': everyone(302),
  'POST /accounts/sign-in/:uid': everyone(302),
  'GET /accounts/set-up': everyone(200),
  'POST /accounts/set-up': everyone(400),
  'GET /accounts/register/your-details': everyone(200),
  'POST /accounts/register/your-details': everyone(400),
  'GET /accounts/register/job-role': everyone(302),
  'POST /accounts/register/job-role': everyone(302),
  'GET /accounts/register/organisation-type': everyone(302),
  'POST /accounts/register/organisation-type': everyone(302),
  'GET /accounts/register/organisation': everyone(302),
  'POST /accounts/register/organisation': everyone(302),
  'GET /accounts/register/check-answers': everyone(302),
  'POST /accounts/register/check-answers': everyone(302),
  'GET /accounts/register/check-your-email': everyone(200),
  'GET /accounts/activate/:token': everyone(404),
  'POST /accounts/activate/:token': everyone(404),
  'GET /accounts/activated': everyone(200),
  'GET /accounts/forgotten-password': everyone(200),
  'POST /accounts/forgotten-password': everyone(400),
  'GET /accounts/forgotten-password/check-your-email': everyone(200),
  'GET /accounts/reset-password/:token': everyone(404),
  'POST /accounts/reset-password/:token': everyone(404),
  'GET /accounts/password-changed': everyone(200),
  'GET /accounts/unlock/:token': everyone(200),
  'POST /accounts/unlock/:token': everyone(404),
  'GET /accounts/unlocked': everyone(200),
  'GET /': everyone(200),
  'GET /cookies': everyone(200),
  'GET /accessibility-statement': everyone(200),
  'GET /terms-and-conditions': everyone(200),
  'GET /contact': everyone(200),
  'GET /guides/standard-access': everyone(200),
  'GET /guides/enhanced-access': everyone(200),
  'GET /faq': everyone(200),
  'GET /feedback': everyone(200),
  'POST /feedback': everyone(400),
  'GET /feedback/sent': everyone(200),
  'GET /sign-in': everyone(302),
  'GET /auth/callback': everyone(302),
  'GET /sign-in/problem': everyone(400),
  'GET /sign-out': everyone(200),
  'POST /sign-out': everyone(303),
  'GET /signed-out': everyone(200),
  'GET /session-ended': everyone(200),
  'GET /organisations/search.json': everyone(200),
  'GET /record-anonymously': everyone(200),
  'POST /record-anonymously': everyone(303),
  'GET /record-anonymously/confirmation': everyone(302),
  'GET /record-anonymously/summary': everyone(404),
  'GET /record-anonymously/event': everyone(404),
  'GET /record-anonymously/event/check-answers': everyone(404),
  'POST /record-anonymously/event/check-answers': everyone(400),
  'GET /record-anonymously/event/patients/:number/remove': everyone(404),
  'POST /record-anonymously/event/patients/:number/remove': everyone(404),
  'GET /record-anonymously/event/hide-words': everyone(404),
  'POST /record-anonymously/event/hide-words': everyone(400),
  'GET /record-anonymously/event/:page': everyone(404),
  'POST /record-anonymously/event/:page': everyone(400),
  'GET /development/mailbox': everyone(200),
  'GET /home': signedIn(200),
  'GET /account/organisations': signedIn(200),
  'GET /account/organisations/add': signedIn(200),
  'POST /account/organisations/add': signedIn(400),
  'GET /account/requests': signedIn(200),
  'GET /events/new': signedIn(200),
  'POST /events/new': signedIn(303),
  'GET /events': signedIn(302),
  'GET /events/submitted': signedIn(200),
  'GET /events/drafts': signedIn(200),
  'GET /account/organisations/:odsCode/amend': trustMembers(200),
  'POST /account/organisations/:odsCode/amend': trustMembers(400),
  'GET /account/organisations/:odsCode/remove': trustMembers(200),
  // The trust's only admin is told they cannot leave it.
  'POST /account/organisations/:odsCode/remove': { ...trustMembers(303), admin: 400 },
  'GET /account/requests/:requestId/cancel': only('organisational')(200),
  'POST /account/requests/:requestId/cancel': only('organisational')(303),
  'GET /organisations/:odsCode/users': only('admin')(200),
  'GET /organisations/:odsCode/requests/:requestId': only('admin')(200),
  'POST /organisations/:odsCode/requests/:requestId': only('admin')(400),
  'GET /organisations/:odsCode/users/:userId': only('admin')(200),
  'POST /organisations/:odsCode/users/:userId': only('admin')(400),
  'GET /organisations/:odsCode/external-access': only('admin')(200),
  'POST /organisations/:odsCode/external-access': only('admin')(400),
  'GET /events/drafts/:draftId/saved': only('standard')(200),
  'GET /events/drafts/:draftId/delete': only('standard')(200),
  'POST /events/drafts/:draftId/delete': only('standard')(303),
  'GET /events/drafts/:draftId/conflict': only('standard')(302),
  'POST /events/drafts/:draftId/conflict': only('standard')(302),
  'GET /events/drafts/:draftId': only('standard')(302),
  'GET /events/drafts/:draftId/check-answers': only('standard')(200),
  'POST /events/drafts/:draftId/check-answers': only('standard')(400),
  'GET /events/drafts/:draftId/patients/:number/remove': only('standard')(200),
  'POST /events/drafts/:draftId/patients/:number/remove': only('standard')(303),
  'GET /events/drafts/:draftId/hide-words': only('standard')(200),
  'POST /events/drafts/:draftId/hide-words': only('standard')(400),
  'GET /events/drafts/:draftId/:page': only('standard')(200),
  'POST /events/drafts/:draftId/:page': only('standard')(400),
  'GET /events/:eventId': only('organisational')(200),
  'GET /events/:eventId/confirmation': only('organisational')(200),
  'GET /events/:eventId/print': only('organisational')(200),
  'GET /events/:eventId/versions/:revision': only('organisational')(200),
  'GET /events/:eventId/amend': only('organisational')(302),
  'POST /events/:eventId/amend': only('organisational')(303),
  'GET /organisation-events': trustOverseers(200),
  'GET /organisation-events/download': trustOverseers(200),
  'GET /organisation-events/download.csv': trustOverseers(200),
  'GET /organisation-events/:eventId': trustOverseers(200),
  'GET /admin/email-problems': only('national')(200),
  'POST /admin/email-problems': only('national')(400),
  'GET /admin/access': only('national')(200),
  'GET /admin/registrations/:userId': only('national')(200),
  'POST /admin/registrations/:userId': only('national')(400),
}

/** Changes that would spoil the sample for the requests after them run last, and signing out is tried by no one signed in. */
const runLast = new Set([
  'POST /account/requests/:requestId/cancel',
  'POST /account/organisations/:odsCode/remove',
  'POST /events/drafts/:draftId/delete',
])
const signsOut = 'POST /sign-out'

/** Seeding the demo data and a thousand requests take a while on a busy machine. */
const SLOW_MS = 240_000

describe('who may use each route', () => {
  const database = useTestDatabase()
  let server: Awaited<ReturnType<typeof startTestServer>>
  let routes: AppRoute[]
  const agents = new Map<Persona, { agent: Agent }>()
  const values: Record<string, string> = {}
  const references: { trust: string; westcombe: string } = { trust: '', westcombe: '' }

  beforeAll(async () => {
    server = await startTestServer(database.current)
    await seedPersonas(server)
    routes = appRoutes(server.app)
    for (const [persona, email] of Object.entries(personas) as [Persona, PersonaEmail][]) {
      const agent = await signedInPersona(server, email)
      agents.set(persona, { agent })
    }
    const anonymous = request.agent(server.url)
    agents.set('anonymous', { agent: anonymous })

    const db = database.current.db
    const userId = async (email: string) => (await db('users').where({ email }).first())!.id as string
    const recordedBy = async (email: string) => ({ userId: await userId(email), email })
    const trustEvent = await anEvent(server.dependencies.services.recording, {
      odsCode: 'DMAT1',
      description: 'Mrs Edna Thorncliffe was given 10 mg instead of 1 mg.',
      recorder: await recordedBy(personas.organisational),
    })
    const westcombeEvent = await anEvent(server.dependencies.services.recording, {
      odsCode: 'DMBT1',
      description: 'Westcombe sample narrative',
      recorder: await recordedBy(personas.external),
    })
    references.trust = trustEvent.reference
    references.westcombe = westcombeEvent.reference
    const pendingRequest = await db('access_requests')
      .where({ user_id: await userId(personas.organisational), status: 'pending' })
      .first()
    Object.assign(values, {
      uid: 'no-such-interaction',
      token: 'no-such-token',
      odsCode: 'DMAT1',
      requestId: String(pendingRequest!.id),
      draftId: await draftWithOnePatient(agents.get('standard')!.agent),
      page: 'event-type',
      number: '1',
      eventId: trustEvent.id,
      revision: '1',
    })
    values.memberUserId = await userId(personas.organisational)
    values.registrantUserId = await userId(personas.pending)
  }, SLOW_MS)
  afterAll(() => server.close())

  async function draftWithOnePatient(agent: Agent) {
    const base = await startDraft(agent)
    const throughPatients = shortIncident.slice(0, shortIncident.findIndex(([page]) => page === 'patients') + 1)
    await answerAll(agent, base, throughPatients, false)
    return base.split('/').pop()!
  }

  const pathFor = (route: AppRoute) =>
    route.path.replace(/:(\w+)/g, (_match, name: string) => {
      if (name === 'userId') return route.path.startsWith('/admin') ? values.registrantUserId! : values.memberUserId!
      return values[name]!
    })

  it('classifies every route the app has, and no route that it does not', () => {
    const found = routes.map(route => `${route.method} ${route.path}`)
    expect(found.filter(route => !classification[route])).toEqual([])
    expect(Object.keys(classification).filter(route => !found.includes(route))).toEqual([])
  })

  it(
    'lets in, turns away or sends to sign in each person as classified, and shows no one a record out of their scope',
    async () => {
      const ordered = [
        ...routes.filter(route => route.method === 'GET'),
        ...routes.filter(route => route.method === 'POST' && !runLast.has(`${route.method} ${route.path}`)),
        ...routes.filter(route => runLast.has(`${route.method} ${route.path}`)),
      ]
      const wrong: string[] = []
      for (const route of ordered) {
        const key = `${route.method} ${route.path}`
        for (const [persona, expected] of Object.entries(classification[key]!) as [Persona, Outcome][]) {
          if (key === signsOut && persona !== 'anonymous') continue
          const { agent } = agents.get(persona)!
          // Signing out and in ends a session's form token, so each form is sent as from a page just shown.
          const token = route.method === 'POST' ? csrfTokenFrom(await agent.get('/feedback')) : ''
          const path = pathFor(route)
          const response =
            route.method === 'GET' ? await agent.get(path) : await agent.post(path).type('form').send({ _csrf: token })
          const location = response.headers.location ?? ''
          const outcome: Outcome | 'error' =
            response.status === 404 && expected !== 404
              ? 'denied'
              : /^\/(sign-in|session-ended)$/.test(location) && expected !== response.status
                ? 'signIn'
                : response.status === 400 && response.text?.includes(REFUSED_REQUEST)
                  ? 'error'
                  : response.status
          if (outcome !== expected)
            wrong.push(`${key} as ${persona}: ${response.status} ${location}, expected ${expected}`)
          const body = response.text ?? ''
          if (persona !== 'external' && body.includes(references.westcombe))
            wrong.push(`${key} as ${persona} showed the Westcombe event`)
          if (classification['GET /organisation-events/:eventId']![persona] !== 200 && body.includes(references.trust))
            wrong.push(`${key} as ${persona} showed the trust event`)
          for (const event of demoEvents) {
            const leaked = event.identifiers.filter(identifier => body.includes(identifier))
            if (persona === 'anonymous' || personas[persona] !== event.recorder)
              for (const identifier of leaked)
                wrong.push(`${key} as ${persona} showed "${identifier}" from a demo event`)
          }
          if (persona !== 'organisational' && body.includes('Thorncliffe'))
            wrong.push(`${key} as ${persona} showed the patient's name from the trust narrative`)
        }
      }
      expect(wrong).toEqual([])
    },
    SLOW_MS,
  )
})
