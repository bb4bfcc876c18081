import request from 'supertest'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { productionEnvironment } from '../../../test/support/productionEnvironment'
import { createTestApp, type TestApp } from '../../../test/support/testApp'

describe('the development mailbox', () => {
  const database = useTestDatabase()
  const apps: TestApp[] = []
  const appWith = async (environment: NodeJS.ProcessEnv = {}) => {
    const testApp = await createTestApp(database.current, environment)
    apps.push(testApp)
    return testApp
  }
  afterAll(() => Promise.all(apps.map(testApp => testApp.close())))

  it('shows what would have been sent, newest first, with links that can be followed', async () => {
    const { app, dependencies } = await appWith()
    for (const recipient of ['a@example.nhs.uk', 'b@example.nhs.uk']) {
      await dependencies.repositories.outbox.enqueue({
        template: 'accountActivation',
        recipient,
        personalisation: { activationUrl: `http://localhost:3000/activate/${recipient[0]}` },
      })
    }
    await dependencies.services.outboxWorker.runOnce()

    const page = await request(app).get('/development/mailbox').expect(200)
    expect(page.text).toContain('This service is not sending real email')
    expect(page.text.indexOf('To b@example.nhs.uk')).toBeLessThan(page.text.indexOf('To a@example.nhs.uk'))
    expect(page.text).toContain('<a href="http://localhost:3000/activate/a">')

    const filtered = await request(app).get('/development/mailbox?to=A@example.nhs.uk').expect(200)
    expect(filtered.text).toContain('To a@example.nhs.uk')
    expect(filtered.text).not.toContain('To b@example.nhs.uk')
  })

  it('does not exist when the service sends through GOV.UK Notify', async () => {
    const { NODE_ENV: _production, ...notify } = productionEnvironment
    const { app } = await appWith(notify)
    await request(app).get('/development/mailbox').expect(404)
  })
})
