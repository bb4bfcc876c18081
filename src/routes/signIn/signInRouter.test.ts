import request from 'supertest'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { anAccount, TEST_PASSWORD } from '../../../test/support/builders'
import { csrfTokenFrom } from '../../../test/support/forms'
import { follow as followRedirects, signInPage, submitSignIn, type Agent } from '../../../test/support/signIn'
import { startTestServer } from '../../../test/support/testApp'

describe('signing in and out through the bundled accounts service', () => {
  const database = useTestDatabase()
  let server: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    server = await startTestServer(database.current)
  })
  afterAll(() => server.close())

  const follow = (agent: Agent, location: string) => followRedirects(agent, server.url, location)
  const signIn = (agent: Agent, email: string, password = TEST_PASSWORD) =>
    submitSignIn(agent, server.url, email, password)

  it('runs the whole authorisation code round trip and shows the signed-in home page', async () => {
    await anAccount(database.current.db, { email: 'sam.patel@nhs.net', firstName: 'Sam', lastName: 'Patel' })
    const agent = request.agent(server.url)
    const signedIn = await signIn(agent, 'Sam.Patel@NHS.net')
    expect(signedIn.status).toBe(303)
    // The accounts service remembers the person no longer than the service's 30-minute idle timeout.
    const resumed = await agent.get(new URL(signedIn.headers.location!, server.url).pathname)
    const accountsSession = [resumed.headers['set-cookie'] ?? []].flat().find(cookie => cookie.startsWith('_session='))
    const expires = /expires=([^;]+)/i.exec(accountsSession ?? '')?.[1]
    if (expires) expect(new Date(expires).getTime() - Date.now()).toBeLessThanOrEqual(30 * 60_000)
    const home = await follow(agent, resumed.headers.location!)
    expect(home.path).toBe('/home')
    expect(home.text).toContain('You are signed in as <strong>sam.patel@nhs.net</strong>')
    expect(home.text).toContain('Test organisation DMT99 (DMT99)')
    expect(home.text).toContain('Standard access')
    expect(home.text).not.toContain('Waiting for approval')

    const user = await database.current.db('users').where({ email: 'sam.patel@nhs.net' }).first()
    expect(user).toMatchObject({
      first_name: 'Sam',
      last_name: 'Patel',
      status: 'active',
      issuer: `${server.url}/oidc`,
    })
    const actions = await database.current.db('audit_log').where('actor_user_id', user!.id).pluck('action')
    expect(actions).toContain('user.signed_in')
  })

  it('gives the session a new id at sign-in', async () => {
    await anAccount(database.current.db, { email: 'fixation@nhs.net' })
    const agent = request.agent(server.url)
    const { page, path, token } = await signInPage(agent, server.url)
    const before = /patient-safety\.sid=([^;]+)/.exec(String(page.headers['set-cookie']))?.[1]
    const signedIn = await agent
      .post(path)
      .type('form')
      .send({ _csrf: token, email: 'fixation@nhs.net', password: TEST_PASSWORD })
    let response = signedIn
    let after: string | undefined
    while (response.status >= 300 && response.status < 400) {
      after = /patient-safety\.sid=([^;]+)/.exec(String(response.headers['set-cookie']))?.[1] ?? after
      const next = new URL(response.headers.location!, server.url)
      response = await agent.get(next.pathname + next.search)
    }
    expect(before).toBeDefined()
    expect(after).toBeDefined()
    expect(after).not.toBe(before)
  })

  it('signs out of the service and the accounts service, and the home page then asks to sign in', async () => {
    await anAccount(database.current.db, { email: 'leaving@nhs.net' })
    const agent = request.agent(server.url)
    await follow(agent, (await signIn(agent, 'leaving@nhs.net')).headers.location!)

    const accountsSessions = async () => (await database.current.db('oidc_models').where({ type: 'Session' })).length
    const sessionsBefore = await accountsSessions()
    const home = await agent.get('/home').expect(200)
    const signedOut = await agent
      .post('/sign-out')
      .type('form')
      .send({ _csrf: csrfTokenFrom(home) })
    expect(signedOut.status).toBe(303)
    expect((await follow(agent, signedOut.headers.location!)).text).toContain('You have signed out')
    expect(await accountsSessions()).toBe(sessionsBefore - 1)

    const after = await agent.get('/home')
    expect(after.status).toBe(302)
    expect(after.headers.location).toBe('/sign-in')
    // The accounts service forgot the person too: signing in asks for the password again.
    await signInPage(agent, server.url)
  })

  it('signs nobody out from a link or another site’s form: only from its own form, with the token', async () => {
    await anAccount(database.current.db, { email: 'staying@nhs.net' })
    const agent = request.agent(server.url)
    await follow(agent, (await signIn(agent, 'staying@nhs.net')).headers.location!)

    const linked = await agent.get('/sign-out').set('Sec-Fetch-Site', 'cross-site').expect(200)
    expect(linked.text).toContain('Are you sure you want to sign out?')
    expect(linked.text).toMatch(/<form method="post" action="\/sign-out"[\s\S]*?<button[^>]*>Sign out<\/button>/)
    await agent.post('/sign-out').type('form').send({}).expect(403)
    const home = await agent.get('/home').expect(200)
    expect(home.text).toContain('You are signed in as <strong>staying@nhs.net</strong>')
    const user = await database.current.db('users').where({ email: 'staying@nhs.net' }).first()
    const actions = await database.current.db('audit_log').where('actor_user_id', user!.id).pluck('action')
    expect(actions).not.toContain('user.signed_out')
  })

  it('tells someone whose session ran out after 30 idle minutes why they must sign in again', async () => {
    await anAccount(database.current.db, { email: 'on.a.break@nhs.net' })
    const agent = request.agent(server.url)
    await follow(agent, (await signIn(agent, 'on.a.break@nhs.net')).headers.location!)
    // What 30 minutes without a request does: the session is gone from the store (and the browser).
    await database.current.db('sessions').delete()

    const home = await agent.get('/home')
    expect(home.headers.location).toBe('/session-ended')
    const page = await agent.get('/session-ended').expect(200)
    expect(page.text).toContain('We signed you out because you had not done anything for 30 minutes')
    expect((await agent.get('/home')).headers.location).toBe('/sign-in')
  })

  it('says the same thing for an unknown address and a wrong password, keeping what was typed', async () => {
    await anAccount(database.current.db, { email: 'careful@nhs.net' })
    for (const [email, password] of [
      ['careful@nhs.net', 'wrong password'],
      ['nobody-here@nhs.net', TEST_PASSWORD],
    ]) {
      const refused = await signIn(request.agent(server.url), email!, password)
      expect(refused.status).toBe(400)
      expect(refused.text).toContain('Enter a correct email address and password')
      expect(refused.text).toContain(`value="${email}"`)
      expect(refused.text).not.toContain(password!)
    }
  })

  it('asks for the missing fields by name', async () => {
    const agent = request.agent(server.url)
    const { path, token } = await signInPage(agent, server.url)
    const refused = await agent.post(path).type('form').send({ _csrf: token, email: 'not an email', password: '' })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('Enter an email address in the correct format, like name@example.nhs.uk')
    expect(refused.text).toContain('Enter your password')
  })

  it('locks an account for 15 minutes after 5 wrong passwords, even against the right one', async () => {
    const accountId = await anAccount(database.current.db, { email: 'locked@nhs.net' })
    for (let attempt = 0; attempt < 5; attempt++) {
      expect((await signIn(request.agent(server.url), 'locked@nhs.net', `guess ${attempt}`)).status).toBe(400)
    }
    const account = await database.current.db('accounts').where({ id: accountId }).first()
    const lockedFor = (account!.locked_until!.getTime() - Date.now()) / 60_000
    expect(lockedFor).toBeGreaterThan(14)
    expect(lockedFor).toBeLessThanOrEqual(15)
    expect((await signIn(request.agent(server.url), 'locked@nhs.net')).status).toBe(400)
    const audit = await database.current.db('audit_log').where({ subject_id: accountId }).pluck('action')
    expect(audit.filter(action => action === 'account.locked')).toHaveLength(1)

    // Once the lock has run out, the right password works again.
    await database.current
      .db('accounts')
      .where({ id: accountId })
      .update({ locked_until: new Date(Date.now() - 1000) })
    expect((await signIn(request.agent(server.url), 'locked@nhs.net')).status).toBe(303)
  })

  it('holds a user with an address outside nhs.net as pending approval', async () => {
    await anAccount(database.current.db, { email: 'agency.nurse@example.org', odsCode: 'DMT98' })
    const agent = request.agent(server.url)
    const home = await follow(agent, (await signIn(agent, 'agency.nurse@example.org')).headers.location!)
    expect(home.text).toContain('Waiting for approval')
    expect(home.text).toContain('waiting for approval')
    const user = await database.current.db('users').where({ email: 'agency.nurse@example.org' }).first()
    expect(user?.status).toBe('pending')
    expect(await database.current.db('memberships').where({ user_id: user!.id })).toEqual([])
    const accessRequest = await database.current.db('access_requests').where({ user_id: user!.id }).first()
    expect(accessRequest).toMatchObject({ role: 'standard', status: 'pending' })
  })

  it('refuses an authorisation code used twice', async () => {
    await anAccount(database.current.db, { email: 'replay@nhs.net' })
    const agent = request.agent(server.url)
    let response = await signIn(agent, 'replay@nhs.net')
    while (!response.headers.location?.includes('/auth/callback')) {
      const next = new URL(response.headers.location!, server.url)
      response = await agent.get(next.pathname + next.search)
    }
    const callback = new URL(response.headers.location, server.url)
    const first = await agent.get(callback.pathname + callback.search)
    expect(first.headers.location).toBe('/home')
    const replayed = await request.agent(server.url).get(callback.pathname + callback.search)
    expect(replayed.headers.location).toBe('/sign-in/problem')
  })

  it('starts sign-in again when the sign-in page has expired', async () => {
    const response = await request(server.url).get('/accounts/sign-in/no-such-interaction')
    expect(response.status).toBe(302)
    expect(response.headers.location).toBe('/sign-in')
  })
})
