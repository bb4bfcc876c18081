import { useTestDatabase } from '../database/testDatabase'
import { csrfTokenFrom } from '../support/forms'
import { seedPersonas, signedInPersona, type PersonaEmail } from '../support/personas'
import { answerAll, recordShortIncident, shortIncident, startDraft } from '../support/recording'
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
/** `open`: the route asks nobody who they are (what it answers depends on links and the session, never on roles). */
type Outcome = 'open' | 'allowed' | 'denied' | 'signIn'
type Access = Record<Persona, Outcome>

const everyone: Access = {
  anonymous: 'open',
  standard: 'open',
  pending: 'open',
  organisational: 'open',
  admin: 'open',
  icb: 'open',
  region: 'open',
  external: 'open',
  national: 'open',
}
const only = (...allowed: Persona[]): Access =>
  Object.fromEntries(
    Object.keys(everyone).map(persona => [
      persona,
      persona === 'anonymous' ? 'signIn' : allowed.includes(persona as Persona) ? 'allowed' : 'denied',
    ]),
  ) as Access
const signedIn = only('standard', 'pending', 'organisational', 'admin', 'icb', 'region', 'external', 'national')

/** The sample: DMAT1 (the Northmoor trust) with its admin, and an event recorded there by its organisational member. */
const trustMembers = only('organisational', 'admin', 'external')
const trustOverseers = only('organisational', 'admin', 'external', 'icb', 'region')

const classification: Record<string, Access> = {
  'GET /stylesheets/govuk-frontend.min.css': everyone,
  'GET /javascripts/govuk-frontend.min.js': everyone,
  'GET /javascripts/accessible-autocomplete.min.js': everyone,
  'GET /stylesheets/accessible-autocomplete.min.css': everyone,
  'GET /health': everyone,
  // The accounts service: its pages are for anyone, and check their own links and interactions.
  'GET /accounts/sign-in/:uid': everyone,
  'POST /accounts/sign-in/:uid': everyone,
  'GET /accounts/set-up': everyone,
  'POST /accounts/set-up': everyone,
  'GET /accounts/register/your-details': everyone,
  'POST /accounts/register/your-details': everyone,
  'GET /accounts/register/job-role': everyone,
  'POST /accounts/register/job-role': everyone,
  'GET /accounts/register/organisation-type': everyone,
  'POST /accounts/register/organisation-type': everyone,
  'GET /accounts/register/organisation': everyone,
  'POST /accounts/register/organisation': everyone,
  'GET /accounts/register/check-answers': everyone,
  'POST /accounts/register/check-answers': everyone,
  'GET /accounts/register/check-your-email': everyone,
  'GET /accounts/activate/:token': everyone,
  'POST /accounts/activate/:token': everyone,
  'GET /accounts/activated': everyone,
  'GET /accounts/forgotten-password': everyone,
  'POST /accounts/forgotten-password': everyone,
  'GET /accounts/forgotten-password/check-your-email': everyone,
  'GET /accounts/reset-password/:token': everyone,
  'POST /accounts/reset-password/:token': everyone,
  'GET /accounts/password-changed': everyone,
  'GET /accounts/unlock/:token': everyone,
  'POST /accounts/unlock/:token': everyone,
  'GET /accounts/unlocked': everyone,
  'GET /': everyone,
  'GET /cookies': everyone,
  'GET /accessibility-statement': everyone,
  'GET /terms-and-conditions': everyone,
  'GET /contact': everyone,
  'GET /guides/standard-access': everyone,
  'GET /guides/enhanced-access': everyone,
  'GET /faq': everyone,
  'GET /feedback': everyone,
  'POST /feedback': everyone,
  'GET /feedback/sent': everyone,
  'GET /sign-in': everyone,
  'GET /auth/callback': everyone,
  'GET /sign-in/problem': everyone,
  'GET /sign-out': everyone,
  'POST /sign-out': everyone,
  'GET /signed-out': everyone,
  'GET /session-ended': everyone,
  'GET /organisations/search.json': everyone,
  'GET /record-anonymously': everyone,
  'POST /record-anonymously': everyone,
  'GET /record-anonymously/confirmation': everyone,
  'GET /record-anonymously/summary': everyone,
  'GET /record-anonymously/event': everyone,
  'GET /record-anonymously/event/check-answers': everyone,
  'POST /record-anonymously/event/check-answers': everyone,
  'GET /record-anonymously/event/patients/:number/remove': everyone,
  'POST /record-anonymously/event/patients/:number/remove': everyone,
  'GET /record-anonymously/event/hide-words': everyone,
  'POST /record-anonymously/event/hide-words': everyone,
  'GET /record-anonymously/event/:page': everyone,
  'POST /record-anonymously/event/:page': everyone,
  'GET /development/mailbox': everyone,

  'GET /home': signedIn,
  'GET /account/organisations': signedIn,
  'GET /account/organisations/add': signedIn,
  'POST /account/organisations/add': signedIn,
  'GET /account/requests': signedIn,
  'GET /events/new': signedIn,
  'POST /events/new': signedIn,
  'GET /events': signedIn,
  'GET /events/submitted': signedIn,
  'GET /events/drafts': signedIn,

  'GET /account/organisations/:odsCode/amend': trustMembers,
  'POST /account/organisations/:odsCode/amend': trustMembers,
  'GET /account/organisations/:odsCode/remove': trustMembers,
  'POST /account/organisations/:odsCode/remove': trustMembers,
  // The sample request is the organisational member's, for admin access to the trust.
  'GET /account/requests/:requestId/cancel': only('organisational'),
  'POST /account/requests/:requestId/cancel': only('organisational'),
  'GET /organisations/:odsCode/users': only('admin'),
  'GET /organisations/:odsCode/requests/:requestId': only('admin'),
  'POST /organisations/:odsCode/requests/:requestId': only('admin'),
  'GET /organisations/:odsCode/users/:userId': only('admin'),
  'POST /organisations/:odsCode/users/:userId': only('admin'),
  'GET /organisations/:odsCode/external-access': only('admin'),
  'POST /organisations/:odsCode/external-access': only('admin'),

  // The sample draft is the standard member's; the sample event the organisational member's.
  'GET /events/drafts/:draftId/saved': only('standard'),
  'GET /events/drafts/:draftId/delete': only('standard'),
  'POST /events/drafts/:draftId/delete': only('standard'),
  'GET /events/drafts/:draftId/conflict': only('standard'),
  'POST /events/drafts/:draftId/conflict': only('standard'),
  'GET /events/drafts/:draftId': only('standard'),
  'GET /events/drafts/:draftId/check-answers': only('standard'),
  'POST /events/drafts/:draftId/check-answers': only('standard'),
  'GET /events/drafts/:draftId/patients/:number/remove': only('standard'),
  'POST /events/drafts/:draftId/patients/:number/remove': only('standard'),
  'GET /events/drafts/:draftId/hide-words': only('standard'),
  'POST /events/drafts/:draftId/hide-words': only('standard'),
  'GET /events/drafts/:draftId/:page': only('standard'),
  'POST /events/drafts/:draftId/:page': only('standard'),
  'GET /events/:eventId': only('organisational'),
  'GET /events/:eventId/confirmation': only('organisational'),
  'GET /events/:eventId/print': only('organisational'),
  'GET /events/:eventId/versions/:revision': only('organisational'),
  'GET /events/:eventId/amend': only('organisational'),
  'POST /events/:eventId/amend': only('organisational'),
  'GET /organisation-events': trustOverseers,
  'GET /organisation-events/download': trustOverseers,
  'GET /organisation-events/download.csv': trustOverseers,
  'GET /organisation-events/:eventId': trustOverseers,

  'GET /admin/email-problems': only('national'),
  'POST /admin/email-problems': only('national'),
  'GET /admin/access': only('national'),
  'GET /admin/registrations/:userId': only('national'),
  'POST /admin/registrations/:userId': only('national'),
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
    const trustEvent = await recordShortIncident(
      agents.get('organisational')!.agent,
      'Mrs Edna Thorncliffe was given 10 mg instead of 1 mg.',
    )
    const westcombeEvent = await recordShortIncident(agents.get('external')!.agent, 'Westcombe sample narrative')
    const reference = async (id: string) => (await db('events').where({ id }).first())!.reference as string
    references.trust = await reference(trustEvent)
    references.westcombe = await reference(westcombeEvent)
    const userId = async (email: string) => (await db('users').where({ email }).first())!.id as string
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
      eventId: trustEvent,
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
            response.status >= 500 || response.status === 403
              ? 'error'
              : response.status === 404
                ? 'denied'
                : /^\/(sign-in|session-ended)$/.test(location)
                  ? 'signIn'
                  : 'allowed'
          const asExpected = expected === 'open' ? outcome !== 'error' : outcome === expected
          if (!asExpected) wrong.push(`${key} as ${persona}: ${response.status} ${location}, expected ${expected}`)
          const body = response.text ?? ''
          if (persona !== 'external' && body.includes(references.westcombe))
            wrong.push(`${key} as ${persona} showed the Westcombe event`)
          if (
            classification['GET /organisation-events/:eventId']![persona] !== 'allowed' &&
            body.includes(references.trust)
          )
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
