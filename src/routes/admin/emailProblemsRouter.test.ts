import { useTestDatabase } from '../../../test/database/testDatabase'
import { anAccount } from '../../../test/support/builders'
import { csrfTokenFrom } from '../../../test/support/forms'
import { signedInAgent } from '../../../test/support/signIn'
import { startTestServer } from '../../../test/support/testApp'

describe('emails that could not be sent', () => {
  const database = useTestDatabase()
  let server: Awaited<ReturnType<typeof startTestServer>>
  beforeAll(async () => {
    server = await startTestServer(database.current)
    await anAccount(database.current.db, { email: 'reporting.lead@nhs.net' })
    await anAccount(database.current.db, { email: 'ward.nurse@nhs.net' })
    // Users exist in the service once they have signed in; then one is made a national administrator.
    await signedInAgent(server.url, 'reporting.lead@nhs.net')
    await database.current.db('users').where({ email: 'reporting.lead@nhs.net' }).update({ is_national_admin: true })
    await database.current.db('email_outbox').insert({
      template: 'passwordReset',
      recipient: 'bounced@nhs.net',
      personalisation: { resetUrl: 'x' },
      status: 'parked',
      attempts: 8,
      last_error: 'GOV.UK Notify refused the email: 400 BadRequestError',
      parked_at: new Date(),
    })
  })
  afterAll(() => server.close())

  it('are listed for national administrators, who can send one again', async () => {
    const agent = await signedInAgent(server.url, 'reporting.lead@nhs.net')
    const page = await agent.get('/admin/email-problems').expect(200)
    expect(page.text).toContain('bounced@nhs.net')
    expect(page.text).toContain('GOV.UK Notify refused the email: 400 BadRequestError')
    const emailId = /name="emailId" value="(\d+)"/.exec(page.text)![1]!

    const resent = await agent
      .post('/admin/email-problems')
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), emailId })
      .expect(303)
    expect(resent.headers.location).toBe('/admin/email-problems?resent=yes')
    expect(await database.current.db('email_outbox').where({ id: emailId }).first()).toMatchObject({
      status: 'pending',
      attempts: 0,
    })
    const audited = await database.current.db('audit_log').where({ action: 'email.resent', subject_id: emailId })
    expect(audited).toHaveLength(1)
  })

  it('do not exist for anyone else', async () => {
    const agent = await signedInAgent(server.url, 'ward.nurse@nhs.net')
    await agent.get('/admin/email-problems').expect(404)
  })
})
