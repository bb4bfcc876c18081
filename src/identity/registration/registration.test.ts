import request from 'supertest'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { anAccount, anOrganisation } from '../../../test/support/builders'
import { csrfTokenFrom } from '../../../test/support/forms'
import { createTestApp, type TestApp } from '../../../test/support/testApp'

type Agent = ReturnType<typeof request.agent>

describe('setting up an account', () => {
  const database = useTestDatabase()
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await createTestApp(database.current, { SERVICE_URL: 'http://localhost:3000' })
    await anOrganisation(database.current.db, 'DMR01')
  })
  afterAll(() => testApp.close())

  async function answer(agent: Agent, path: string, answers: Record<string, string>) {
    const page = await agent.get(path).expect(200)
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), ...answers })
  }

  async function register(agent: Agent, email: string) {
    expect((await answer(agent, '/accounts/set-up', { hasAccount: 'no' })).headers.location).toBe(
      '/accounts/register/your-details',
    )
    await answer(agent, '/accounts/register/your-details', {
      firstName: 'Priya',
      lastName: "O'Neill-Shah",
      email,
      confirmEmail: email.toUpperCase(),
    }).then(response => expect(response.headers.location).toBe('/accounts/register/job-role'))
    await answer(agent, '/accounts/register/job-role', { jobRole: 'Nurse or midwife' })
    await answer(agent, '/accounts/register/organisation-type', { organisationType: 'pcn-or-gp' })
    const results = await agent.get('/accounts/register/organisation?search=dmr0').expect(200)
    expect(results.text).toContain('Test organisation DMR01')
    const organisationId = /name="organisationId" type="radio" value="(\d+)"/.exec(results.text)![1]!
    await agent
      .post('/accounts/register/organisation')
      .type('form')
      .send({ _csrf: csrfTokenFrom(results), organisationId })
      .expect(303)
    const check = await agent.get('/accounts/register/check-answers').expect(200)
    expect(check.text).toContain('Priya O&#39;Neill-Shah')
    expect(check.text).toContain(email.toLowerCase())
    expect(check.text).toContain('Test organisation DMR01 (DMR01)')
    return agent
      .post('/accounts/register/check-answers')
      .type('form')
      .send({ _csrf: csrfTokenFrom(check), acceptTerms: 'yes' })
  }

  async function activationLink(email: string) {
    await testApp.dependencies.services.outboxWorker.runOnce()
    const [message] = await testApp.dependencies.repositories.developmentMailbox.latest(1, email)
    return /http:\/\/localhost:3000(\/accounts\/activate\/[\w-]+)/.exec(message?.body ?? '')?.[1]
  }

  it('registers with one question a page, then activates from the emailed link', async () => {
    const agent = request.agent(testApp.app)
    const registered = await register(agent, 'Priya.Shah@nhs.net')
    expect(registered.headers.location).toBe('/accounts/register/check-your-email')
    const confirmation = await agent.get('/accounts/register/check-your-email').expect(200)
    expect(confirmation.text).toContain('<strong>priya.shah@nhs.net</strong>')

    const account = await database.current.db('accounts').where({ email: 'priya.shah@nhs.net' }).first()
    expect(account).toMatchObject({ status: 'awaiting_activation', job_role: 'Nurse or midwife', password_hash: null })

    const link = await activationLink('priya.shah@nhs.net')
    expect(link).toBeDefined()
    const page = await agent.get(link!).expect(200)
    expect(page.text).toContain('at least 12 characters')
    const activated = await agent
      .post(link!)
      .type('form')
      .send({
        _csrf: csrfTokenFrom(page),
        password: 'violet lantern harbour',
        confirmPassword: 'violet lantern harbour',
        securityQuestion: 'What was the name of your first pet?',
        securityAnswer: 'Biscuit',
      })
      .expect(303)
    expect(activated.headers.location).toBe('/accounts/activated')
    const active = await database.current.db('accounts').where({ email: 'priya.shah@nhs.net' }).first()
    expect(active).toMatchObject({ status: 'active', security_question: 'What was the name of your first pet?' })
    expect(active?.password_hash).toMatch(/^\$argon2id\$/)
    expect(active?.security_answer_hash).toMatch(/^\$argon2id\$/)

    // The link works once.
    await agent.get(link!).expect(404)
    const signIn = await testApp.dependencies.services.accounts.signIn('priya.shah@nhs.net', 'violet lantern harbour')
    expect(signIn.signedIn).toBe(true)
  })

  it('explains each problem and keeps what was typed', async () => {
    const agent = request.agent(testApp.app)
    await answer(agent, '/accounts/set-up', { hasAccount: 'no' })
    const refused = await answer(agent, '/accounts/register/your-details', {
      firstName: 'Priya',
      lastName: '',
      email: 'priya@nhs.net',
      confirmEmail: 'priya@nhs.nett',
    })
    expect(refused.status).toBe(400)
    expect(refused.text).toContain('Enter your last name')
    expect(refused.text).toContain('The email addresses do not match')
    expect(refused.text).toContain('value="Priya"')
    expect(refused.text).toContain('value="priya@nhs.nett"')
  })

  it('lists every ICB for people who work for one, without their having to search', async () => {
    await database.current.db('organisations').insert([
      { ods_code: 'QZ8', name: 'NHS Test North Integrated Care Board', type: 'icb', is_demo: true },
      { ods_code: 'QZ9', name: 'NHS Test South Integrated Care Board', type: 'icb', is_demo: true },
    ])
    const agent = request.agent(testApp.app)
    await answer(agent, '/accounts/set-up', { hasAccount: 'no' })
    await answer(agent, '/accounts/register/your-details', {
      firstName: 'Ade',
      lastName: 'Bello',
      email: 'ade@nhs.net',
      confirmEmail: 'ade@nhs.net',
    })
    await answer(agent, '/accounts/register/job-role', { jobRole: 'Administrative and clerical staff' })
    await answer(agent, '/accounts/register/organisation-type', { organisationType: 'icb' })
    const page = await agent.get('/accounts/register/organisation').expect(200)
    expect(page.text).toContain('NHS Test North Integrated Care Board')
    expect(page.text).toContain('NHS Test South Integrated Care Board')
    expect(page.text).not.toContain('Test organisation DMR01')
  })

  it('sends people back to the first question they have not answered', async () => {
    const agent = request.agent(testApp.app)
    const response = await agent.get('/accounts/register/check-answers').expect(302)
    expect(response.headers.location).toBe('/accounts/register/your-details')
  })

  it('refuses weak passwords at activation, without sending the password back', async () => {
    const agent = request.agent(testApp.app)
    await register(agent, 'weak.password@nhs.net')
    const link = (await activationLink('weak.password@nhs.net'))!
    for (const [password, problem] of [
      ['password1234', 'Password is too common'],
      ['short', 'Password must be at least 12 characters'],
      ['weak.password-is-me', 'Password must not contain your email address'],
    ]) {
      const page = await agent.get(link).expect(200)
      const refused = await agent
        .post(link)
        .type('form')
        .send({
          _csrf: csrfTokenFrom(page),
          password,
          confirmPassword: password,
          securityQuestion: 'What was your childhood nickname?',
          securityAnswer: 'Sparky',
        })
        .expect(400)
      expect(refused.text).toContain(problem!)
      expect(refused.text).not.toContain(`value="${password}"`)
      expect(refused.text).toContain('value="Sparky"')
    }
  })

  it('does not say whether an address already has an account, and tells its owner instead', async () => {
    await anAccount(database.current.db, { email: 'already.here@nhs.net' })
    const agent = request.agent(testApp.app)
    const registered = await register(agent, 'already.here@nhs.net')
    expect(registered.headers.location).toBe('/accounts/register/check-your-email')
    await testApp.dependencies.services.outboxWorker.runOnce()
    const [message] = await testApp.dependencies.repositories.developmentMailbox.latest(1, 'already.here@nhs.net')
    expect(message?.subject).toBe('You already have an account for Record and review patient safety events')
    expect(await database.current.db('accounts').where({ email: 'already.here@nhs.net' })).toHaveLength(1)
  })

  it('tells someone outside nhs.net that their account needs approval once it is active', async () => {
    const agent = request.agent(testApp.app)
    await register(agent, 'locum@example.org')
    const link = (await activationLink('locum@example.org'))!
    const page = await agent.get(link).expect(200)
    await agent
      .post(link)
      .type('form')
      .send({
        _csrf: csrfTokenFrom(page),
        password: 'quiet meadow lighthouse',
        confirmPassword: 'quiet meadow lighthouse',
        securityQuestion: 'What was your childhood nickname?',
        securityAnswer: 'Sparky',
      })
      .expect(303)
    await testApp.dependencies.services.outboxWorker.runOnce()
    const [message] = await testApp.dependencies.repositories.developmentMailbox.latest(1, 'locum@example.org')
    expect(message?.subject).toBe('Your account for Record and review patient safety events needs approval')
  })

  it('says an unknown or expired activation link has expired', async () => {
    const page = await request(testApp.app).get('/accounts/activate/not-a-real-token').expect(404)
    expect(page.text).toContain('This link has expired or has already been used')

    await register(request.agent(testApp.app), 'slow.reader@nhs.net')
    const link = (await activationLink('slow.reader@nhs.net'))!
    await request(testApp.app).get(link).expect(200)
    const account = await database.current.db('accounts').where({ email: 'slow.reader@nhs.net' }).first()
    await database.current
      .db('account_tokens')
      .where({ account_id: account!.id })
      .update({ expires_at: new Date(Date.now() - 1000) })
    await request(testApp.app).get(link).expect(404)
  })

  it('keeps only the newest details and link when someone registers again before activating', async () => {
    await register(request.agent(testApp.app), 'twice@nhs.net')
    const firstLink = (await activationLink('twice@nhs.net'))!
    await database.current.db('accounts').where({ email: 'twice@nhs.net' }).update({ first_name: 'Someone-else' })
    await register(request.agent(testApp.app), 'twice@nhs.net')
    const secondLink = (await activationLink('twice@nhs.net'))!
    expect(secondLink).not.toBe(firstLink)
    await request(testApp.app).get(firstLink).expect(404)
    await request(testApp.app).get(secondLink).expect(200)
    expect(await database.current.db('accounts').where({ email: 'twice@nhs.net' })).toEqual([
      expect.objectContaining({ first_name: 'Priya', status: 'awaiting_activation' }),
    ])
  })

  it('gives activation links 72 hours', async () => {
    await register(request.agent(testApp.app), 'on.time@nhs.net')
    const account = await database.current.db('accounts').where({ email: 'on.time@nhs.net' }).first()
    const token = await database.current.db('account_tokens').where({ account_id: account!.id }).first()
    const hours = (token!.expires_at.getTime() - Date.now()) / 3600_000
    expect(hours).toBeGreaterThan(71.9)
    expect(hours).toBeLessThanOrEqual(72)
  })
})
