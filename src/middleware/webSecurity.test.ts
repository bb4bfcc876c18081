import { Writable } from 'node:stream'
import express from 'express'
import request from 'supertest'
import { useTestDatabase } from '../../test/database/testDatabase'
import { csrfTokenFrom } from '../../test/support/forms'
import { productionEnvironment } from '../../test/support/productionEnvironment'
import { createTestApp, type TestApp } from '../../test/support/testApp'
import { loadConfig } from '../config'
import { createLogger } from '../logger'
import { setUpWebSecurity } from './setUpWebSecurity'

const production = { ...productionEnvironment, TRUST_PROXY_HOPS: '1' }

describe('sessions, headers and logs', () => {
  const database = useTestDatabase()
  const apps: TestApp[] = []
  const appWith = async (environment: NodeJS.ProcessEnv = {}, logger = createLogger('silent')) => {
    const testApp = await createTestApp(database.current, environment, logger)
    apps.push(testApp)
    return testApp.app
  }
  afterAll(() => Promise.all(apps.map(testApp => testApp.close())))

  it('keeps the session in a cookie of its own name, out of reach of scripts, for 30 idle minutes', async () => {
    const form = await request(await appWith())
      .get('/feedback')
      .expect(200)
    const cookie = String(form.headers['set-cookie'])
    expect(cookie).toMatch(/^patient-safety\.sid=/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).not.toContain('Secure')
    const expires = new Date(/Expires=([^;]+)/.exec(cookie)![1]!).getTime()
    expect(expires - Date.now()).toBeGreaterThan(29 * 60_000)
    expect(expires - Date.now()).toBeLessThanOrEqual(30 * 60_000)
  })

  it('stores sessions in PostgreSQL', async () => {
    await request(await appWith())
      .get('/feedback')
      .expect(200)
    const sessions = await database.current.db.raw('select count(*)::int as count from sessions')
    expect(sessions.rows[0].count).toBeGreaterThan(0)
  })

  it('in production, sends only secure cookies and tells browsers to use HTTPS', async () => {
    const app = await appWith(production)
    const form = await request(app).get('/feedback').set('X-Forwarded-Proto', 'https').expect(200)
    expect(String(form.headers['set-cookie'])).toContain('Secure')
    expect(form.headers['strict-transport-security']).toContain('max-age=31536000')
    const development = await request(await appWith())
      .get('/')
      .expect(200)
    expect(development.headers['strict-transport-security']).toBeUndefined()
  })

  it('logs each request with its id, but never what was typed or searched for', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk))
        done()
      },
    })
    const app = await appWith({}, createLogger('info', sink))
    const agent = request.agent(app)
    const token = csrfTokenFrom(await agent.get('/feedback?from=/faq&search=Jane%20Smith').expect(200))
    await agent
      .post('/feedback')
      .type('form')
      .send({ _csrf: token, satisfaction: 'satisfied', improvements: 'Patient Jane Smith NHS 943 476 5919' })
      .expect(303)
    const log = lines.join('')
    expect(log).toContain('"path":"/feedback"')
    expect(log).toMatch(/"id":"[0-9a-f-]{36}"/)
    expect(log).not.toMatch(/Jane|Smith|943 476|search=/)
    expect(log).not.toContain(token)

    await request(app).get('/accounts/activate/secret-link-token-123').expect(404)
    const logged = lines.join('')
    expect(logged).toContain('"path":"/accounts/activate/:token"')
    expect(logged).not.toContain('secret-link-token-123')
  })
})

describe('where forms may lead', () => {
  const formAction = async (environment: NodeJS.ProcessEnv) => {
    const app = express().use(setUpWebSecurity(loadConfig({ NODE_ENV: 'test', ...environment })))
    app.get('/', (_req, res) => res.send('page'))
    const response = await request(app).get('/').expect(200)
    return /form-action ([^;]*)/.exec(response.headers['content-security-policy'] ?? '')?.[1]
  }

  it('to the service alone, when it runs its own accounts service', async () => {
    expect(await formAction({})).toBe("'self'")
  })

  it('also to another issuer, through which signing out passes', async () => {
    expect(await formAction({ OIDC_ISSUER: 'https://issuer.example/oidc' })).toBe("'self' https://issuer.example")
  })

  it('also back to the service, from an accounts service on its own', async () => {
    const accountsOnly = { ACCOUNTS_SERVICE_ONLY: 'true', OIDC_CLIENT_URL: 'https://service.example' }
    expect(await formAction(accountsOnly)).toBe("'self' https://service.example")
  })
})
