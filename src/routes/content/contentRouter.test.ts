import request from 'supertest'
import { useTestDatabase } from '../../../test/database/testDatabase'
import { createTestApp, type TestApp } from '../../../test/support/testApp'
import { contentPages } from './contentPages'

describe('the landing page and information pages', () => {
  const database = useTestDatabase()
  let testApp: TestApp
  beforeAll(async () => {
    testApp = await createTestApp(database.current)
  })
  afterAll(() => testApp.close())

  it('shows the service name, a beta banner and what the service is for', async () => {
    const page = await request(testApp.app).get('/').expect(200)
    expect(page.text).toContain('<title>Record and review patient safety events</title>')
    expect(page.text).toContain('govuk-service-navigation__service-name')
    expect(page.text).toMatch(/<strong class="govuk-tag[^"]*">\s*Beta\s*<\/strong>/)
    expect(page.text).toContain('Before you start')
  })

  it.each(contentPages.map(page => [page.path, page.title] as const))(
    '%s is a real page titled "%s", linked from the footer',
    async (path, title) => {
      const page = await request(testApp.app).get(path).expect(200)
      expect(page.text).toContain(`<h1 class="govuk-heading-l">${title}</h1>`)
      const home = await request(testApp.app).get('/').expect(200)
      expect(home.text).toContain(`href="${path}"`)
    },
  )

  it('allows only its own scripts, and inline scripts carrying this response’s nonce', async () => {
    const first = await request(testApp.app).get('/').expect(200)
    const second = await request(testApp.app).get('/').expect(200)
    const nonce = /'nonce-([^']+)'/.exec(first.headers['content-security-policy'] ?? '')?.[1]
    expect(nonce).toBeDefined()
    expect(first.text).toContain(`<script nonce="${nonce}">`)
    expect(second.headers['content-security-policy']).not.toContain(nonce)
    expect(first.headers['content-security-policy']).not.toContain('unsafe-inline')
  })

  it('sets no cookie for people who only read', async () => {
    const page = await request(testApp.app).get('/').expect(200)
    expect(page.headers['set-cookie']).toBeUndefined()
  })

  it('gives each response a request id, echoing a safe one from a proxy', async () => {
    const own = await request(testApp.app).get('/faq')
    expect(own.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
    const proxied = await request(testApp.app).get('/faq').set('X-Request-Id', 'lb-1234')
    expect(proxied.headers['x-request-id']).toBe('lb-1234')
    const hostile = await request(testApp.app).get('/faq').set('X-Request-Id', '<script>')
    expect(hostile.headers['x-request-id']).not.toBe('<script>')
  })

  it('serves GOV.UK Frontend’s stylesheet, fonts and script', async () => {
    await request(testApp.app).get('/stylesheets/govuk-frontend.min.css').expect(200).expect('Content-Type', /css/)
    await request(testApp.app).get('/javascripts/govuk-frontend.min.js').expect(200)
    await request(testApp.app).get('/javascripts/application.mjs').expect(200)
    await request(testApp.app).get('/assets/images/favicon.svg').expect(200)
  })
})
