import { productionEnvironment } from '../test/support/productionEnvironment'
import { ConfigError, DEVELOPMENT_SESSION_SECRET, loadConfig } from './config'

const production = productionEnvironment

function problemsWith(environment: NodeJS.ProcessEnv): string[] {
  try {
    loadConfig(environment)
  } catch (error) {
    if (error instanceof ConfigError) return error.problems
    throw error
  }
  return []
}

describe('configuration', () => {
  it('runs locally with nothing set: port 3000, embedded PostgreSQL and demo data', () => {
    const config = loadConfig({})
    expect(config.port).toBe(3000)
    expect(config.database.url).toBeUndefined()
    expect(config.seedDemoData).toBe(true)
    expect(config.session.secret).toBe(DEVELOPMENT_SESSION_SECRET)
  })

  it('takes the port from PORT and treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '8080' }).port).toBe(8080)
    expect(loadConfig({ PORT: '' }).port).toBe(3000)
  })

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://localhost/db' }, 'DATABASE_URL'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV'],
    [{ SEED_DEMO_DATA: 'maybe' }, 'SEED_DEMO_DATA'],
  ])('refuses %j, naming the variable', (environment, variable) => {
    expect(problemsWith(environment).join('\n')).toContain(`${variable}:`)
  })

  it('accepts a complete production configuration, with no demo data', () => {
    const config = loadConfig(production)
    expect(config.isProduction).toBe(true)
    expect(config.seedDemoData).toBe(false)
  })

  it.each([
    ['DATABASE_URL', { DATABASE_URL: undefined }],
    ['SESSION_SECRET', { SESSION_SECRET: DEVELOPMENT_SESSION_SECRET }],
    ['SESSION_SECRET', { SESSION_SECRET: undefined }],
    ['SEED_DEMO_DATA', { SEED_DEMO_DATA: 'true' }],
    ['HELPDESK_EMAIL', { HELPDESK_EMAIL: undefined }],
    ['NOTIFY_API_KEY', { NOTIFY_API_KEY: undefined }],
  ])('refuses development-only settings in production: %s', (variable, change) => {
    expect(problemsWith({ ...production, ...change }).join('\n')).toContain(`${variable}:`)
  })

  it('sends email through GOV.UK Notify when its key is set, needing an id for every template', () => {
    expect(loadConfig(production).email).toMatchObject({
      transport: 'notify',
      templateIds: { accountActivation: production.NOTIFY_TEMPLATE_ACCOUNT_ACTIVATION },
    })
    expect(problemsWith({ ...production, NOTIFY_TEMPLATE_ACCOUNT_ACTIVATION: undefined })).toEqual([
      'NOTIFY_TEMPLATE_ACCOUNT_ACTIVATION: is required when NOTIFY_API_KEY is set',
    ])
    expect(problemsWith({ NOTIFY_API_KEY: 'not-a-key' }).join()).toContain(
      'NOTIFY_API_KEY: is not a GOV.UK Notify API key',
    )
  })

  it('uses the development mailbox when Notify is not configured', () => {
    expect(loadConfig({}).email).toEqual({ transport: 'development-mailbox' })
  })

  it('runs as the accounts service alone only when told where the service it serves is', () => {
    expect(problemsWith({ ACCOUNTS_SERVICE_ONLY: 'true' })).toEqual([
      'OIDC_CLIENT_URL: must name the service when ACCOUNTS_SERVICE_ONLY is set',
    ])
    const accounts = loadConfig({
      ACCOUNTS_SERVICE_ONLY: 'true',
      OIDC_CLIENT_URL: 'http://localhost:3000/',
      PORT: '3001',
    })
    expect(accounts.identity).toMatchObject({
      bundled: true,
      accountsOnly: true,
      issuer: 'http://localhost:3001/oidc',
      clientUrl: 'http://localhost:3000',
    })
    expect(accounts.session.cookieName).not.toBe(loadConfig({}).session.cookieName)
    expect(
      problemsWith({ ACCOUNTS_SERVICE_ONLY: 'true', OIDC_CLIENT_URL: 'http://a', OIDC_ISSUER: 'http://b' }),
    ).toEqual(['OIDC_ISSUER: cannot be set when ACCOUNTS_SERVICE_ONLY is'])
  })

  it('lists every problem at once', () => {
    expect(problemsWith({ PORT: 'x', SESSION_SECRET: 'short' })).toHaveLength(2)
  })
})
