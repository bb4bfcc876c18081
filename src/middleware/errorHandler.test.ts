import express from 'express'
import request from 'supertest'
import { useTestDatabase } from '../../test/database/testDatabase'
import { csrfTokenFrom } from '../../test/support/forms'
import { productionEnvironment } from '../../test/support/productionEnvironment'
import { createTestApp } from '../../test/support/testApp'
import { loadConfig } from '../config'
import { createLogger } from '../logger'
import { classifyError, errorHandler } from './errorHandler'
import { setUpNunjucks } from './setUpNunjucks'
import { setUpRequestLogging } from './setUpRequestLogging'

describe('error pages', () => {
  const database = useTestDatabase()

  it('answers an unknown address with the "Page not found" page and 404', async () => {
    const testApp = await createTestApp(database.current)
    try {
      const page = await request(testApp.app).get('/no/such/page').expect(404)
      expect(page.text).toContain('Page not found')
      expect(page.text).toContain('<title>Page not found - Record and review patient safety events</title>')
    } finally {
      await testApp.close()
    }
  })

  it('answers a malformed address with a page, not a crash', async () => {
    const testApp = await createTestApp(database.current)
    try {
      await request(testApp.app).get('/guides/%E0%A4%A').expect(404)
      await request(testApp.app).get('/feedback?from=%E0%A4%A&from=/x').expect(200)
    } finally {
      await testApp.close()
    }
  })

  it('answers with "the service is unavailable" and 503 when the database is down', async () => {
    const working = await createTestApp(database.current)
    const form = await request(working.app).get('/feedback').expect(200)
    const token = csrfTokenFrom(form)
    const cookie = String(form.headers['set-cookie'] ?? '').split(';')[0]!
    await working.close()

    // The same browser session, but now nothing answers where the database was.
    const broken = await createTestApp({ url: 'postgres://nobody:nothing@127.0.0.1:1/none' })
    try {
      const page = await request(broken.app)
        .post('/feedback')
        .set('Cookie', cookie)
        .type('form')
        .send({ _csrf: token, satisfaction: 'satisfied' })
        .expect(503)
      expect(page.headers['retry-after']).toBe('30')
      expect(page.text).toContain('Sorry, the service is unavailable')
    } finally {
      await broken.close()
    }
  })

  describe('when something unexpected fails', () => {
    function appThatFails(environment: 'development' | 'production') {
      const config = loadConfig({ ...productionEnvironment, NODE_ENV: environment })
      const app = express()
      app.use(setUpRequestLogging(createLogger('silent')))
      app.use((_req, res, next) => {
        res.locals.csrfToken = () => ''
        next()
      })
      setUpNunjucks(app, config)
      app.get('/broken', () => {
        throw new Error('secret internals at /srv/app/src/thing.ts')
      })
      app.use(errorHandler(config))
      return app
    }

    it('shows "Sorry, there is a problem with the service" and a reference, never the stack, in production', async () => {
      const page = await request(appThatFails('production')).get('/broken').expect(500)
      expect(page.text).toContain('Sorry, there is a problem with the service')
      expect(page.text).toContain(page.headers['x-request-id'])
      expect(page.text).not.toContain('secret internals')
    })

    it('shows the stack to a developer on their own machine', async () => {
      const page = await request(appThatFails('development')).get('/broken').expect(500)
      expect(page.text).toContain('secret internals')
    })
  })
})

describe('which error page a failure gets', () => {
  const withProperties = (properties: Record<string, unknown>) => Object.assign(new Error('failure'), properties)

  it.each([
    ['a bad percent-encoding in an address', new URIError('URI malformed'), 400],
    ['an unsupported body encoding', withProperties({ status: 415 }), 400],
    ['a refused CSRF token', withProperties({ status: 403, code: 'EBADCSRFTOKEN' }), 403],
    ['a body over the limit', withProperties({ status: 413, type: 'entity.too.large' }), 413],
    ['a refused database connection', withProperties({ code: 'ECONNREFUSED' }), 503],
    ['a database shutting down', withProperties({ code: '57P01' }), 503],
    ['a lost database connection', withProperties({ code: '08006' }), 503],
    ['a pool with no free connection', withProperties({ name: 'KnexTimeoutError' }), 503],
    ['a broken query', withProperties({ code: '42P01' }), 500],
    ['anything else', new TypeError('undefined is not a function'), 500],
  ])('%s gets %s', (_what, error, page) => {
    expect(classifyError(error)).toBe(page)
  })
})
