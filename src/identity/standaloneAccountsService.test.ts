import request from 'supertest'
import { useTestDatabase } from '../../test/database/testDatabase'
import { anAccount, anOrganisation, TEST_PASSWORD } from '../../test/support/builders'
import { csrfTokenFrom } from '../../test/support/forms'
import { listenOnFreePort, startTestServer } from '../../test/support/testApp'

type Agent = ReturnType<typeof request.agent>

describe('the accounts service on its own, as another issuer for the service', () => {
  const accountsDatabase = useTestDatabase()
  const serviceDatabase = useTestDatabase()
  let accounts: Awaited<ReturnType<typeof startTestServer>>
  let service: Awaited<ReturnType<typeof startTestServer>>

  beforeAll(async () => {
    const serviceListening = await listenOnFreePort('127.0.0.1')
    accounts = await startTestServer(
      accountsDatabase.current,
      {
        ACCOUNTS_SERVICE_ONLY: 'true',
        OIDC_CLIENT_URL: serviceListening.url,
      },
      await listenOnFreePort('localhost'),
    )
    // The service finds the accounts service through its discovery document, as it would any issuer.
    service = await startTestServer(serviceDatabase.current, { OIDC_ISSUER: `${accounts.url}/oidc` }, serviceListening)
    await anAccount(accountsDatabase.current.db, { email: 'visiting.nurse@nhs.net', odsCode: 'DMS01' })
    await anOrganisation(serviceDatabase.current.db, 'DMS01')
  })
  afterAll(async () => {
    await service.close()
    await accounts.close()
  })

  /** A browser: each request goes to whichever of the two servers the address names, with that server's cookies. */
  function browser() {
    const agents = new Map<string, Agent>([
      [service.url, request.agent(service.url)],
      [accounts.url, request.agent(accounts.url)],
    ])
    const agentFor = (url: URL) => {
      const agent = agents.get(url.origin)
      if (!agent) throw new Error(`Left the two services for ${url.origin}`)
      return agent
    }
    return {
      async go(location: string, from = service.url) {
        let url = new URL(location, from)
        let response = await agentFor(url).get(url.pathname + url.search)
        while (response.status >= 300 && response.status < 400) {
          url = new URL(response.headers.location!, url)
          response = await agentFor(url).get(url.pathname + url.search)
        }
        return Object.assign(response, { url })
      },
      post(url: URL, form: Record<string, string>) {
        return agentFor(url)
          .post(url.pathname + url.search)
          .type('form')
          .send(form)
      },
    }
  }

  it('signs in on the accounts service, is sent back to the service, and signs out of both', async () => {
    const person = browser()
    const signInPage = await person.go('/sign-in')
    expect(signInPage.url.origin).toBe(accounts.url)
    expect(signInPage.text).toContain('<h1 class="govuk-heading-l">Sign in</h1>')

    const signedIn = await person.post(signInPage.url, {
      _csrf: csrfTokenFrom(signInPage),
      email: 'visiting.nurse@nhs.net',
      password: TEST_PASSWORD,
    })
    const home = await person.go(signedIn.headers.location!, accounts.url)
    expect(home.url.toString()).toBe(`${service.url}/home`)
    expect(home.text).toContain('You are signed in as <strong>visiting.nurse@nhs.net</strong>')
    expect(home.text).toContain('Test organisation DMS01 (DMS01)')

    // Signing out asks the accounts service to end its session too, then comes back.
    const signingOut = await person.post(new URL('/sign-out', service.url), { _csrf: csrfTokenFrom(home) })
    const confirm = await person.go(signingOut.headers.location!)
    expect(confirm.url.origin).toBe(accounts.url)
    const form = /<form[^>]*action="([^"]+)"[^>]*>[\s\S]*?name="xsrf" value="([^"]+)"/.exec(confirm.text)!
    const confirmed = await person.post(new URL(form[1]!), { xsrf: form[2]!, logout: 'yes' })
    const signedOut = await person.go(confirmed.headers.location!, accounts.url)
    expect(signedOut.url.toString()).toBe(`${service.url}/signed-out`)

    // Both sessions are over: signing in asks for the password again.
    const again = await person.go('/sign-in')
    expect(again.text).toContain('<h1 class="govuk-heading-l">Sign in</h1>')
  })

  it('serves the accounts service’s pages only, pointing people to the service to sign in', async () => {
    await request(accounts.url).get('/home').expect(404)
    const landing = await request(accounts.url).get('/').expect(200)
    expect(landing.text).toContain(`href="${service.url}/sign-in"`)
  })
})
