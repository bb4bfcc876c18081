import request from 'supertest'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { anAccount, anOrganisation } from '../../../test/support/builders'
import { csrfTokenFrom } from '../../../test/support/forms'
import {
  answer,
  answerAll,
  shortIncident,
  startDraft,
  submit,
  appWithRecorder,
  recordShortIncident,
} from '../../../test/support/recording'
import { follow, signedInAgent, submitSignIn, type Agent } from '../../../test/support/signIn'
import { startTestServer } from '../../../test/support/testApp'

describe('recording a patient safety event', () => {
  const database = useTestDatabase()
  let server: Awaited<ReturnType<typeof startTestServer>>
  let recorder: Agent
  let colleague: Agent
  beforeAll(async () => {
    ;({ server, recorder } = await appWithRecorder(database.current))
    await anAccount(database.current.db, { email: 'colleague@nhs.net' })
    colleague = await signedInAgent(server.url, 'colleague@nhs.net')
  })
  afterAll(() => server.close())

  const db = () => database.current.db

  it('fills in the recorder’s only organisation and starts at the type of event', async () => {
    const start = await recorder.get('/events/new')
    const response = await recorder
      .post('/events/new')
      .type('form')
      .send({ _csrf: csrfTokenFrom(start) })
    expect(response.headers.location).toMatch(/^\/events\/drafts\/[0-9a-f-]{36}\/event-type$/)
    const draft = await db()('event_drafts').orderBy('created_at', 'desc').first()
    expect(draft!.answers.event).toMatchObject({ reporterOrganisation: 'DMT99', serviceAreas: ['17'] })
  })

  it('records the event with its first version, structured columns, an audit row and a confirmation email', async () => {
    const { base, eventId } = await recordShortIncident(recorder)
    const confirmation = await recorder.get(`/events/${eventId}/confirmation`)
    const event = await db()('events').where({ id: eventId }).first()
    expect(confirmation.text).toContain(event!.reference)
    expect(event).toMatchObject({
      event_type: 'incident',
      source: 'online',
      revision: 1,
      service_areas: ['17'],
      location_type: '11',
      highest_physical_harm: 5,
      highest_psychological_harm: 4,
      agents: ['4'],
      patient_count: 1,
    })
    expect(event!.occurred_from).toBe(event!.occurred_to)
    expect(await db()('event_revisions').where({ event_id: eventId }).count('* as count')).toEqual([{ count: '1' }])
    expect(await db()('event_drafts').where({ id: base.split('/').pop() })).toEqual([])
    const audit = await db()('audit_log').where({ subject_id: eventId }).first()
    expect(audit).toMatchObject({
      action: 'event.submitted',
      details: { reference: event!.reference, eventType: 'incident' },
    })
    const email = await db()('email_outbox')
      .where({ template: 'eventRecorded', recipient: 'recorder@nhs.net' })
      .orderBy('id', 'desc')
      .first()
    expect(email!.personalisation).toEqual({ reference: event!.reference, eventUrl: `${server.url}/events/${eventId}` })
    expect(JSON.stringify(email)).not.toContain('10 mg')
  })

  it('creates one event however many times the same record is submitted', async () => {
    const base = await startDraft(recorder)
    await answerAll(recorder, base, shortIncident)
    const page = await recorder.get(`${base}/check-answers`)
    const token = csrfTokenFrom(page)
    const post = () => recorder.post(`${base}/check-answers`).type('form').send({ _csrf: token })
    // A double click sends both at once; a retry after a lost response sends it again later.
    const [first, second] = await Promise.all([post(), post()])
    const third = await post()
    const locations = [first, second, third].map(response => response.headers.location)
    expect(new Set(locations).size).toBe(1)
    expect(locations[0]).toMatch(/\/confirmation$/)
    const key = base.split('/').pop()
    expect(await db()('events').where({ submission_key: key }).count('* as count')).toEqual([{ count: '1' }])
  })

  it('will not submit until every required question is answered, and says which', async () => {
    const base = await startDraft(recorder)
    await answerAll(recorder, base, shortIncident.slice(0, 3), false)
    const response = await submit(recorder, base)
    expect(response.status).toBe(400)
    expect(response.text).toContain('There is a problem')
    expect(response.text).toContain(`href="${base}/services?change=yes"`)
  })

  it('shows a page again with what was typed and what to fix, without storing the mistake', async () => {
    const base = await startDraft(recorder)
    await answer(recorder, `${base}/event-type`, { eventType: 'incident' })
    const response = await answer(recorder, `${base}/when`, {
      occurred: 'date',
      'occurredOn-day': '31',
      'occurredOn-month': '2',
      'occurredOn-year': '2026',
      timeOfDay: 'exact',
      occurredAt: '25:00',
    })
    expect(response.status).toBe(400)
    expect(response.text).toContain('The date it happened must be a real date')
    expect(response.text).toContain('Enter the time it happened on the 24-hour clock, like 14:30')
    expect(response.text).toContain('value="31"')
    expect(response.text).toContain('value="25:00"')
    const draft = await db()('event_drafts')
      .where({ id: base.split('/').pop() })
      .first()
    expect(draft!.answers.event.occurred).toBeUndefined()
  })

  it('saves for later without required answers, and resumes at the first unanswered question', async () => {
    const base = await startDraft(recorder)
    await answer(recorder, `${base}/event-type`, { eventType: 'goodCare' })
    const saved = await answer(recorder, `${base}/when`, { occurred: 'today' }, 'save')
    expect(saved.headers.location).toBe(`${base}/saved`)
    expect((await recorder.get(base)).headers.location).toBe(`${base}/where`)
    const drafts = await recorder.get('/events/drafts')
    expect(drafts.text).toContain(`href="${base}"`)
  })

  it('puts back what was typed when the session ran out before Continue, once the person signs in again', async () => {
    const agent = await signedInAgent(server.url, 'recorder@nhs.net')
    const base = await startDraft(agent)
    await answer(agent, `${base}/event-type`, { eventType: 'incident' })
    const page = await agent.get(`${base}/what-happened`)
    // Thirty idle minutes later the session has gone (the accounts service's too, which signing in again replaces).
    const cookie = agent.jar.getCookie('patient-safety.sid', {
      domain: new URL(server.url).hostname,
      path: '/',
      secure: false,
      script: false,
    })
    const sid = /^s:([^.]+)\./.exec(decodeURIComponent(cookie!.value))![1]
    await db()('sessions').where({ sid }).delete()
    const posted = await agent
      .post(`${base}/what-happened`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), action: 'continue', description: 'A long account typed over 40 minutes.' })
    expect(posted.headers.location).toBe('/session-ended')
    const back = await follow(agent, server.url, '/sign-in')
    expect(back.path).toBe(`${base}/what-happened`)
    expect(back.text).toContain('Your last answers were not saved because you had been signed out.')
    expect(back.text).toContain('A long account typed over 40 minutes.')
    const draft = await db()('event_drafts')
      .where({ id: base.split('/').pop() })
      .first()
    expect(draft!.answers.event.description).toBeUndefined()
  })

  /** Thirty idle minutes: the service's session and the accounts service's have gone, so signing in asks who you are. */
  async function sessionsRunOut(agent: Agent) {
    const cookie = (name: string) =>
      decodeURIComponent(
        agent.jar.getCookie(name, { domain: new URL(server.url).hostname, path: '/', secure: false, script: false })!
          .value,
      )
    await db()('sessions')
      .where({ sid: /^s:([^.]+)\./.exec(cookie('patient-safety.sid'))![1] })
      .delete()
    const accounts = cookie('_session')
    await db()('oidc_models')
      .where({ type: 'Session', id: accounts })
      .orWhere({ type: 'Session', uid: accounts })
      .delete()
  }

  it('gives nothing the last person typed or was looking at to the next person who signs in on that browser', async () => {
    const agent = await signedInAgent(server.url, 'recorder@nhs.net')
    const base = await startDraft(agent)
    await answer(agent, `${base}/event-type`, { eventType: 'incident' })
    const page = await agent.get(`${base}/what-happened`)
    await sessionsRunOut(agent)
    const typed = 'Words only the recorder typed before leaving the computer.'
    const posted = await agent
      .post(`${base}/what-happened`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), action: 'continue', description: typed })
    expect(posted.headers.location).toBe('/session-ended')

    const signedIn = await submitSignIn(agent, server.url, 'colleague@nhs.net')
    const landed = await follow(agent, server.url, signedIn.headers.location!)
    expect(landed.path).toBe('/home')
    expect(landed.text).toContain('You are signed in as <strong>colleague@nhs.net</strong>')
    const sessions = await db()('sessions').select('sess')
    expect(JSON.stringify(sessions)).not.toContain(typed)
    const draftPage = await agent.get(`${base}/what-happened`)
    expect(draftPage.text).not.toContain(typed)
  })

  it('sends the next person who signs in on that browser to their own home page, not the last person’s page', async () => {
    const agent = await signedInAgent(server.url, 'recorder@nhs.net')
    const base = await startDraft(agent)
    await sessionsRunOut(agent)
    expect((await agent.get(`${base}/event-type`)).headers.location).toBe('/session-ended')

    const signedIn = await submitSignIn(agent, server.url, 'colleague@nhs.net')
    expect((await follow(agent, server.url, signedIn.headers.location!)).path).toBe('/home')
  })

  it('answers 404, never 500, to addresses and forms no page of ours makes', async () => {
    const base = await startDraft(recorder)
    expect((await recorder.get('/events/drafts/not-a-draft/event-type')).status).toBe(404)
    expect((await recorder.get(`${base}/no-such-question`)).status).toBe(404)
    expect((await recorder.get(`${base}/patient-7`)).status).toBe(404)
    expect((await recorder.get(`${base}/patients/7/remove`)).status).toBe(404)
    expect((await recorder.get('/events/12345')).status).toBe(404)
    const page = await recorder.get(`${base}/event-type`)
    const extra = await recorder
      .post(`${base}/event-type`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), eventType: 'incident', admin: 'yes' })
    expect(extra.status).toBe(400)
    const tooLong = await answer(recorder, `${base}/event-type`, { eventType: 'x'.repeat(20_000) })
    expect(tooLong.status).toBe(400)
  })

  it('keeps one person’s drafts and events from everyone else', async () => {
    const { eventId } = await recordShortIncident(recorder)
    const draft = await startDraft(recorder)
    for (const path of [
      `${draft}/event-type`,
      `${draft}/check-answers`,
      `${draft}/delete`,
      draft,
      `/events/${eventId}`,
      `/events/${eventId}/print`,
      `/events/${eventId}/confirmation`,
      `/events/${eventId}/versions/1`,
    ]) {
      expect([path, (await colleague.get(path)).status]).toEqual([path, 404])
    }
    const list = await colleague.get('/events/submitted')
    expect(list.text).not.toContain(eventId)
    const page = await colleague.get('/events/new')
    const amend = await colleague
      .post(`/events/${eventId}/amend`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page) })
    expect(amend.status).toBe(404)
    expect(
      await request(server.url)
        .get(`/events/${eventId}`)
        .then(response => response.headers.location),
    ).toBe('/sign-in')
  })

  it('asks for another organisation, keeping every answer, when the one chosen closed before submitting', async () => {
    const base = await startDraft(recorder)
    await answerAll(recorder, base, shortIncident)
    await db()('organisations').where({ ods_code: 'DMT99' }).update({ is_open: false })
    try {
      const refused = await submit(recorder, base)
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('The organisation you chose is no longer open')
      expect(refused.text).toContain(`href="${base}/organisation?change=yes"`)
      const draft = await db()('event_drafts')
        .where({ id: base.split('/').pop() })
        .first()
      expect(draft!.answers.event.description).toBe(shortIncident[4]![1].description)
    } finally {
      await db()('organisations').where({ ods_code: 'DMT99' }).update({ is_open: true })
    }
  })

  it('returns people to the page they asked for once they have signed in, such as an emailed event link', async () => {
    const { eventId } = await recordShortIncident(recorder)
    const agent = request.agent(server.url)
    expect((await agent.get(`/events/${eventId}`)).headers.location).toBe('/sign-in')
    const signedIn = await submitSignIn(agent, server.url, 'recorder@nhs.net')
    const landed = await follow(agent, server.url, signedIn.headers.location!)
    expect(landed.path).toBe(`/events/${eventId}`)
  })

  it('lists, searches and filters the recorder’s own submitted events', async () => {
    const { eventId } = await recordShortIncident(recorder)
    const { reference } = (await db()('events').where({ id: eventId }).first())!
    const byReference = await recorder.get(
      `/events/submitted?words=${encodeURIComponent(reference.toLowerCase().replace(/-/g, ' '))}`,
    )
    expect(byReference.text).toContain(`/events/${eventId}`)
    expect(byReference.text).toContain('1 event found')
    const byWords = await recorder.get('/events/submitted?words=instead+noticed')
    expect(byWords.text).toContain(`/events/${eventId}`)
    const noMatch = await recorder.get('/events/submitted?words=wheelchair&type=risk&from=2000-01-01')
    expect(noMatch.text).toContain('No events match your search')
    const badFilters = await recorder.get('/events/submitted?type=robots&from=yesterday&page=-4')
    expect(badFilters.status).toBe(200)
  })
})

describe('recording anonymously', () => {
  const database = useTestDatabase()
  let server: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    server = await startTestServer(database.current)
    await anOrganisation(database.current.db, 'DMT55')
  })
  afterAll(() => server.close())

  it('keeps answers only in the browser session, finds the organisation by search, and submits once', async () => {
    const agent = request.agent(server.url)
    const start = await agent.get('/record-anonymously')
    expect(start.text).toContain('You cannot save an anonymous record to finish later')
    await agent
      .post('/record-anonymously')
      .type('form')
      .send({ _csrf: csrfTokenFrom(start) })
    const base = '/record-anonymously/event'
    await answer(agent, `${base}/why-anonymous`, { whyAnonymous: ['4', '7'] })
    const suggestions = await agent.get('/organisations/search.json?q=DMT5')
    expect(suggestions.body).toEqual([{ odsCode: 'DMT55', name: 'Test organisation DMT55' }])
    expect((await agent.get('/organisations/search.json?q=%25')).body).toEqual([])
    const search = await agent.get(`${base}/organisation?search=dmt55`)
    expect(search.text).toContain('Test organisation DMT55')
    await agent
      .post(`${base}/organisation`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(search), organisation: 'DMT55' })
    await answerAll(agent, base, [
      ['event-type', { eventType: 'risk' }],
      ['what-happened', { description: 'The only hoist on the ward has failed its service twice.' }],
      ['risk-themes', { riskThemes: '2' }],
      ['risk-imminent', { riskImminent: 'n' }],
      ['risk-who', { riskServiceAreas: '1' }],
      ['risk-timeframe', { riskTimeframe: '1' }],
      ['risk-where', { riskLocation: '1', riskIdentifiedLocation: '1' }],
      ['about-you', { reporterType: '3', staffRole: '7', reporterInvolvement: '1' }],
    ])
    expect(await database.current.db('event_drafts').count('* as count')).toEqual([{ count: '0' }])

    const page = await agent.get(`${base}/check-answers`)
    expect(page.text).not.toContain('Save and come back later')
    const token = csrfTokenFrom(page)
    const first = await agent.post(`${base}/check-answers`).type('form').send({ _csrf: token })
    const again = await agent.post(`${base}/check-answers`).type('form').send({ _csrf: token })
    expect([first.headers.location, again.headers.location]).toEqual([
      '/record-anonymously/confirmation',
      '/record-anonymously/confirmation',
    ])
    const events = await database.current.db('events')
    expect(events).toHaveLength(1)
    expect(events[0]).toMatchObject({
      source: 'anonymous',
      recorded_by: null,
      event_type: 'risk',
      service_areas: ['1'],
    })
    const confirmation = await agent.get('/record-anonymously/confirmation')
    expect(confirmation.text).toContain(events[0]!.reference)
    expect((await agent.get('/record-anonymously/summary')).text).toContain('The only hoist on the ward')
    // Another browser has nothing to see.
    expect((await request(server.url).get('/record-anonymously/summary')).status).toBe(404)
  })
})
