import request from 'supertest'
import { TEST_PASSWORD } from './builders'
import { csrfTokenFrom } from './forms'

export type Agent = ReturnType<typeof request.agent>

/**
 * Follows the service's redirects as a browser would; returns the first page that is not one, with
 * the path it was found at. Fails if a redirect leaves the service.
 */
export async function follow(agent: Agent, serviceUrl: string, location: string) {
  let url = new URL(location, serviceUrl)
  let response = await agent.get(url.pathname + url.search)
  while (response.status >= 300 && response.status < 400) {
    url = new URL(response.headers.location!, serviceUrl)
    if (url.origin !== serviceUrl) throw new Error(`Redirected away from the service, to ${url.origin}`)
    response = await agent.get(url.pathname + url.search)
  }
  return Object.assign(response, { path: url.pathname })
}

/** The accounts service's sign-in page, reached from the service's "Sign in". */
export async function signInPage(agent: Agent, serviceUrl: string) {
  const page = await follow(agent, serviceUrl, '/sign-in')
  if (!page.text.includes('<h1 class="govuk-heading-l">Sign in</h1>'))
    throw new Error(`Not the sign-in page: ${page.path}`)
  return { page, path: page.path, token: csrfTokenFrom(page) }
}

/** Submits the sign-in form; returns the response to it (a redirect when sign-in worked). */
export async function submitSignIn(agent: Agent, serviceUrl: string, email: string, password = TEST_PASSWORD) {
  const { path, token } = await signInPage(agent, serviceUrl)
  return agent.post(path).type('form').send({ _csrf: token, email, password })
}

/** An agent signed in through the whole OpenID Connect round trip, ready to use the service. */
export async function signedInAgent(serviceUrl: string, email: string, password = TEST_PASSWORD): Promise<Agent> {
  const agent = request.agent(serviceUrl)
  const response = await submitSignIn(agent, serviceUrl, email, password)
  const landed = await follow(agent, serviceUrl, response.headers.location!)
  if (landed.path !== '/home') throw new Error(`Sign-in as ${email} ended at ${landed.path}`)
  return agent
}
