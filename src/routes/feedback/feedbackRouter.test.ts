import request from 'supertest'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { csrfTokenFrom } from '../../../test/support/forms'
import { createTestApp, type TestApp } from '../../../test/support/testApp'

describe('giving feedback on the service', () => {
  const database = useTestDatabase()
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await createTestApp(database.current)
  })
  afterAll(() => testApp.close())

  async function openForm(from = '/faq') {
    const agent = request.agent(testApp.app)
    const page = await agent.get(`/feedback?from=${encodeURIComponent(from)}`).expect(200)
    return { agent, page, token: csrfTokenFrom(page) }
  }

  const storedFeedback = () => database.current.db('feedback').select('satisfaction', 'improvements', 'page')

  it('is linked from the phase banner of every page, remembering where the person was', async () => {
    const page = await request(testApp.app).get('/contact').expect(200)
    expect(page.text).toContain('href="/feedback?from=%2Fcontact"')
  })

  it('stores the answers and thanks the person, with a way back to where they were', async () => {
    const { agent, token } = await openForm('/faq')
    const sent = await agent
      .post('/feedback')
      .type('form')
      .send({ _csrf: token, page: '/faq', satisfaction: 'satisfied', improvements: '  Fewer questions please  ' })
      .expect(303)
    expect(sent.headers.location).toBe('/feedback/sent?from=%2Ffaq')
    const thanks = await agent.get(sent.headers.location!).expect(200)
    expect(thanks.text).toContain('Feedback sent')
    expect(thanks.text).toContain('href="/faq"')
    expect(await storedFeedback()).toContainEqual({
      satisfaction: 'satisfied',
      improvements: 'Fewer questions please',
      page: '/faq',
    })
  })

  it('shows the form again with status 400, what to fix and what was typed', async () => {
    const { agent, token } = await openForm()
    const typed = 'A suggestion I do not want to lose <b>bold</b>'
    const page = await agent.post('/feedback').type('form').send({ _csrf: token, improvements: typed }).expect(400)
    expect(page.text).toContain('<title>Error: Give feedback on this service')
    expect(page.text).toContain('There is a problem')
    expect(page.text).toContain('<a href="#satisfaction">Select how you feel about the service</a>')
    expect(page.text).toContain('A suggestion I do not want to lose &lt;b&gt;bold&lt;/b&gt;')
  })

  it('refuses suggestions over 1,200 characters without losing them', async () => {
    const { agent, token } = await openForm()
    const page = await agent
      .post('/feedback')
      .type('form')
      .send({ _csrf: token, satisfaction: 'neither', improvements: 'x'.repeat(1201) })
      .expect(400)
    expect(page.text).toContain('Your suggestions must be 1,200 characters or fewer')
    expect(page.text).toContain('x'.repeat(1201))
  })

  it('drops a "came from" address that is not a page of this service', async () => {
    const { agent, token } = await openForm()
    const sent = await agent
      .post('/feedback')
      .type('form')
      .send({ _csrf: token, satisfaction: 'dissatisfied', page: 'https://elsewhere.example/phish' })
      .expect(303)
    expect(sent.headers.location).toBe('/feedback/sent')
  })

  it('refuses a form sent without its CSRF token, storing nothing', async () => {
    const before = (await storedFeedback()).length
    const page = await request(testApp.app)
      .post('/feedback')
      .type('form')
      .send({ satisfaction: 'very-satisfied' })
      .expect(403)
    expect(page.text).toContain('You cannot do that')
    expect(await storedFeedback()).toHaveLength(before)
  })

  it('refuses a token taken from another session', async () => {
    const { token } = await openForm()
    await request(testApp.app)
      .post('/feedback')
      .type('form')
      .send({ _csrf: token, satisfaction: 'very-satisfied' })
      .expect(403)
  })

  it('refuses fields the form does not ask for', async () => {
    const { agent, token } = await openForm()
    const page = await agent
      .post('/feedback')
      .type('form')
      .send({ _csrf: token, satisfaction: 'satisfied', isAdmin: 'true' })
      .expect(400)
    expect(page.text).toContain('Sorry, there is a problem with your request')
  })

  it('treats a garbled form body as answers to correct, not as a crash', async () => {
    const { agent, token } = await openForm()
    const page = await agent
      .post('/feedback')
      .type('form')
      .send(`_csrf=${encodeURIComponent(token)}&satisfaction=%E0%A4%A&improvements=%%%`)
      .expect(400)
    expect(page.text).toContain('Select how you feel about the service')
  })

  it('refuses a body over the size limit with the "too large" page', async () => {
    const { agent, token } = await openForm()
    const page = await agent
      .post('/feedback')
      .type('form')
      .send({ _csrf: token, satisfaction: 'satisfied', improvements: 'y'.repeat(200_000) })
      .expect(413)
    expect(page.text).toContain('What you sent is too large')
  })

  it('answers a body in an unsupported character set with the request error page', async () => {
    const { agent } = await openForm()
    const page = await agent
      .post('/feedback')
      .set('Content-Type', 'application/x-www-form-urlencoded; charset=klingon')
      .send('satisfaction=satisfied')
      .expect(415)
    expect(page.text).toContain('Sorry, there is a problem with your request')
  })
})
