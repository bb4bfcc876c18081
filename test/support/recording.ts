import type { TestDatabase } from '../database/testDatabase'
import { anAccount } from './builders'
import { csrfTokenFrom } from './forms'
import { signedInAgent, type Agent } from './signIn'
import { startTestServer } from './testApp'

type Answers = Record<string, string | string[]>

/** Answers a question page as a browser would: its form's token, then the answers. */
export async function answer(
  agent: Agent,
  pagePath: string,
  answers: Answers,
  action: 'continue' | 'save' = 'continue',
) {
  const page = await agent.get(pagePath)
  if (page.status !== 200) throw new Error(`${pagePath} answered ${page.status}`)
  return agent
    .post(pagePath)
    .type('form')
    .send({ _csrf: csrfTokenFrom(page), action, ...answers })
}

/** The shortest no-harm incident with one patient, page by page, for a signed-in member of one organisation. */
export const shortIncident: [page: string, answers: Answers][] = [
  ['event-type', { eventType: 'incident' }],
  ['when', { occurred: 'today', timeOfDay: '2' }],
  ['where', { atReporterOrganisation: 'y', locationType: '11' }],
  ['services', { serviceAreas: '17' }],
  [
    'what-happened',
    { description: 'The patient was given 10 mg instead of 1 mg. It was noticed before the next dose.' },
  ],
  ['process', { healthcareProcess: '6', detectionPoint: '4' }],
  ['involved', { involvedAgents: '4' }],
  ['involved-details', {}],
  ['safety-challenges', { safetyChallenges: '6' }],
  ['patients', { patientCount: '1' }],
  ['patient-1', { ageUnit: 'years', ageYears: '67', gender: '1', ethnicity: '52' }],
  ['patient-1-harm', { physicalHarm: '5', psychologicalHarm: '4' }],
  ['about-you', { levelOfConcern: '3', staffRole: '5', reporterInvolvement: '4' }],
]

/** Answers every page in turn, checking each leads to the next one given (or check your answers after the last). */
export async function answerAll(agent: Agent, base: string, pages: [string, Answers][], complete = true) {
  for (const [index, [slug, answers]] of pages.entries()) {
    const response = await answer(agent, `${base}/${slug}`, answers)
    const next = pages[index + 1]?.[0] ?? 'check-answers'
    if (response.status !== 303 || ((complete || pages[index + 1]) && response.headers.location !== `${base}/${next}`))
      throw new Error(
        `${slug} answered ${response.status} ${response.headers.location ?? response.text.slice(0, 2000)}`,
      )
  }
}

/** Starts a signed-in draft; returns its address. */
export async function startDraft(agent: Agent): Promise<string> {
  const start = await agent.get('/events/new')
  const response = await agent
    .post('/events/new')
    .type('form')
    .send({ _csrf: csrfTokenFrom(start) })
  const location = response.headers.location ?? ''
  const match = /^(\/events\/drafts\/[0-9a-f-]{36})\//.exec(location)
  if (!match) throw new Error(`Starting a draft went to ${location}`)
  return match[1]!
}

/** Submits from check your answers; returns the response (a redirect to the confirmation when it worked). */
export async function submit(agent: Agent, base: string) {
  const page = await agent.get(`${base}/check-answers`)
  return agent
    .post(`${base}/check-answers`)
    .type('form')
    .send({ _csrf: csrfTokenFrom(page) })
}

/** Records the short incident, with another description if given; returns its draft's address and the new event's id. */
export async function recordShortIncident(
  agent: Agent,
  description?: string,
): Promise<{ base: string; eventId: string }> {
  const base = await startDraft(agent)
  await answerAll(
    agent,
    base,
    shortIncident.map(([page, answers]) => [page, page === 'what-happened' && description ? { description } : answers]),
  )
  const submitted = await submit(agent, base)
  const match = /^\/events\/([0-9a-f-]{36})\/confirmation$/.exec(submitted.headers.location ?? '')
  if (!match) throw new Error(`Submitting answered ${submitted.status}`)
  return { base, eventId: match[1]! }
}

/** The app on the test database with Rae Corder, a recorder at one organisation, signed in. */
export async function appWithRecorder(database: TestDatabase) {
  const server = await startTestServer(database)
  await anAccount(database.db, { email: 'recorder@nhs.net', firstName: 'Rae', lastName: 'Corder' })
  return { server, recorder: await signedInAgent(server.url, 'recorder@nhs.net') }
}
