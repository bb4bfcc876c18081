import request from 'supertest'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { anAccount, TEST_PASSWORD } from '../../../test/support/builders'
import { csrfTokenFrom } from '../../../test/support/forms'
import { createTestApp, type TestApp } from '../../../test/support/testApp'
import { hashSecret } from '../passwords'

type Agent = ReturnType<typeof request.agent>

describe('a forgotten password or a locked account', () => {
  const database = useTestDatabase()
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await createTestApp(database.current, { SERVICE_URL: 'http://localhost:3000' })
  })
  afterAll(() => testApp.close())

  const accounts = () => testApp.dependencies.services.accounts

  async function withSecurityAnswer(email: string) {
    const id = await anAccount(database.current.db, { email })
    await database.current
      .db('accounts')
      .where({ id })
      .update({
        security_question: 'What was your childhood nickname?',
        security_answer_hash: await hashSecret('sparky'),
      })
    return id
  }

  async function emailedLink(email: string, subject: string) {
    await testApp.dependencies.services.outboxWorker.runOnce()
    const messages = await testApp.dependencies.repositories.developmentMailbox.latest(10, email)
    const message = messages.find(m => m.subject === subject)
    return /http:\/\/localhost:3000(\/accounts\/[\w-]+\/[\w-]+)/.exec(message?.body ?? '')?.[1]
  }

  async function post(agent: Agent, path: string, answers: Record<string, string>) {
    const page = await agent.get(path)
    return agent
      .post(path)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), ...answers })
  }

  it('resets a password with the emailed link and the security answer', async () => {
    await withSecurityAnswer('forgetful@nhs.net')
    const agent = request.agent(testApp.app)
    const asked = await post(agent, '/accounts/forgotten-password', { email: 'Forgetful@nhs.net' })
    expect(asked.headers.location).toBe('/accounts/forgotten-password/check-your-email')
    const link = (await emailedLink(
      'forgetful@nhs.net',
      'Reset your password for Record and review patient safety events',
    ))!
    expect(link).toMatch(/^\/accounts\/reset-password\//)

    const page = await agent.get(link).expect(200)
    expect(page.text).toContain('What was your childhood nickname?')

    const wrongAnswer = await post(agent, link, {
      securityAnswer: 'Rex',
      password: 'new quiet river',
      confirmPassword: 'new quiet river',
    })
    expect(wrongAnswer.status).toBe(400)
    expect(wrongAnswer.text).toContain('The answer does not match')
    const weak = await post(agent, link, {
      securityAnswer: 'SPARKY!',
      password: 'qwerty123456',
      confirmPassword: 'qwerty123456',
    })
    expect(weak.status).toBe(400)
    expect(weak.text).toContain('Password is too common')

    const changed = await post(agent, link, {
      securityAnswer: ' Sparky ',
      password: 'new quiet river',
      confirmPassword: 'new quiet river',
    })
    expect(changed.headers.location).toBe('/accounts/password-changed')
    expect((await accounts().signIn('forgetful@nhs.net', 'new quiet river')).signedIn).toBe(true)
    expect((await accounts().signIn('forgetful@nhs.net', TEST_PASSWORD)).signedIn).toBe(false)
    await agent.get(link).expect(404)
  })

  it('answers the same for an address with no account, and sends nothing', async () => {
    const before = await database.current.db('email_outbox').count('* as count').first()
    const asked = await post(request.agent(testApp.app), '/accounts/forgotten-password', { email: 'nobody@nhs.net' })
    expect(asked.headers.location).toBe('/accounts/forgotten-password/check-your-email')
    expect(await database.current.db('email_outbox').count('* as count').first()).toEqual(before)
  })

  it('refuses a fourth reset request for one address within the hour', async () => {
    const agent = request.agent(testApp.app)
    for (let attempt = 0; attempt < 3; attempt++) {
      expect((await post(agent, '/accounts/forgotten-password', { email: 'impatient@nhs.net' })).status).toBe(303)
    }
    const refused = await post(agent, '/accounts/forgotten-password', { email: 'impatient@nhs.net' })
    expect(refused.status).toBe(429)
    expect(refused.headers['retry-after']).toBe('3600')
    expect(refused.text).toContain('Too many attempts')
  })

  it('expires reset links after an hour', async () => {
    const id = await withSecurityAnswer('hour.late@nhs.net')
    await accounts().requestPasswordReset('hour.late@nhs.net')
    const token = await database.current
      .db('account_tokens')
      .where({ account_id: id, purpose: 'password_reset' })
      .first()
    expect((token!.expires_at.getTime() - Date.now()) / 60_000).toBeGreaterThan(59)
    const link = (await emailedLink(
      'hour.late@nhs.net',
      'Reset your password for Record and review patient safety events',
    ))!
    await database.current
      .db('account_tokens')
      .where({ id: token!.id })
      .update({ expires_at: new Date(Date.now() - 1) })
    const page = await request(testApp.app).get(link).expect(404)
    expect(page.text).toContain('Password reset links work once and expire after 1 hour')
  })

  it('emails an unlock link when an account locks, and the link unlocks it', async () => {
    await withSecurityAnswer('locked.out@nhs.net')
    for (let attempt = 0; attempt < 5; attempt++) await accounts().signIn('locked.out@nhs.net', `wrong ${attempt}`)
    expect((await accounts().signIn('locked.out@nhs.net', TEST_PASSWORD)).signedIn).toBe(false)

    const link = (await emailedLink(
      'locked.out@nhs.net',
      'Your account for Record and review patient safety events is locked',
    ))!
    expect(link).toMatch(/^\/accounts\/unlock\//)
    const agent = request.agent(testApp.app)
    // Opening the link changes nothing (mail scanners open links); the button does.
    await agent.get(link).expect(200)
    expect((await accounts().signIn('locked.out@nhs.net', TEST_PASSWORD)).signedIn).toBe(false)
    const unlocked = await post(agent, link, {})
    expect(unlocked.headers.location).toBe('/accounts/unlocked')
    expect((await accounts().signIn('locked.out@nhs.net', TEST_PASSWORD)).signedIn).toBe(true)
    expect((await post(agent, link, {})).status).toBe(404)
  })

  it('starts counting afresh when a lock ends, so one more wrong guess does not lock the owner out again', async () => {
    const id = await withSecurityAnswer('persistent@nhs.net')
    for (let attempt = 0; attempt < 5; attempt++) await accounts().signIn('persistent@nhs.net', `wrong ${attempt}`)
    await database.current
      .db('accounts')
      .where({ id })
      .update({ locked_until: new Date(Date.now() - 1000) })
    await accounts().signIn('persistent@nhs.net', 'one more wrong guess')
    expect(await database.current.db('accounts').where({ id }).first()).toMatchObject({
      failed_sign_ins: 1,
      locked_until: null,
    })
    expect((await accounts().signIn('persistent@nhs.net', TEST_PASSWORD)).signedIn).toBe(true)
  })

  it('counts wrong security answers like wrong passwords, and a reset unlocks the account', async () => {
    await withSecurityAnswer('guesser@nhs.net')
    await accounts().requestPasswordReset('guesser@nhs.net')
    const link = (await emailedLink(
      'guesser@nhs.net',
      'Reset your password for Record and review patient safety events',
    ))!
    const token = link.split('/').pop()!
    for (let attempt = 0; attempt < 5; attempt++) {
      const result = await accounts().resetPassword(token, {
        securityAnswer: `guess ${attempt}`,
        password: 'x'.repeat(12),
      })
      expect(result).toEqual({ reset: false, reason: 'answer' })
    }
    // Locked now, but the right answer still resets the password and unlocks the account.
    expect(await accounts().resetPassword(token, { securityAnswer: 'sparky', password: 'calm orange valley' })).toEqual(
      {
        reset: true,
      },
    )
    expect(await database.current.db('accounts').where({ email: 'guesser@nhs.net' }).first()).toMatchObject({
      failed_sign_ins: 0,
      locked_until: null,
    })
  })
})
