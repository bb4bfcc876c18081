import { seedDatabase } from '../../seeds'
import { DEMO_PASSWORD, demoAccounts } from '../../seeds/demoAccounts'
import { signedInAgent, type Agent } from './signIn'
import type { TestApp } from './testApp'

export type PersonaEmail = (typeof demoAccounts)[number]['email']

/** Loads the demo organisations and people (one for every role and scope) into the test server's database. */
export async function seedPersonas(server: TestApp): Promise<void> {
  const { db, services, repositories, config } = server.dependencies
  await seedDatabase(db, { ...services, ...repositories }, { demo: true, issuer: config.identity.issuer })
}

/** A demo person signed in through the whole OpenID Connect round trip. */
export async function signedInPersona(server: TestApp & { url: string }, email: PersonaEmail): Promise<Agent> {
  return signedInAgent(server.url, email, DEMO_PASSWORD)
}
