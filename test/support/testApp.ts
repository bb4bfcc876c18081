import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type express from 'express'
import { exportJWK, generateKeyPair } from 'jose'
import { createApp } from '../../src/app'
import { loadConfig } from '../../src/config'
import { createDependencies, loadIdentitySettings, type Dependencies } from '../../src/dependencies'
import { createLogger } from '../../src/logger'
import type { TestDatabase } from '../database/testDatabase'

// One key for the whole test file: generating RSA keys is slow, and tests need not share the database's.
const testSigningKeys = generateKeyPair('RS256', { extractable: true })
  .then(({ privateKey }) => exportJWK(privateKey))
  .then(jwk => JSON.stringify([{ ...jwk, alg: 'RS256', use: 'sig', kid: 'test-key' }]))

export interface TestApp {
  app: express.Express
  dependencies: Dependencies
  close(): Promise<void>
}

/** The real application, wired exactly as in production, on a test database. */
export async function createTestApp(
  database: Pick<TestDatabase, 'url'>,
  environment: NodeJS.ProcessEnv = {},
  logger = createLogger('silent'),
): Promise<TestApp> {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    IDENTITY_SIGNING_KEYS: await testSigningKeys,
    ...environment,
    DATABASE_URL: database.url,
  })
  const dependencies = createDependencies(config, logger, database.url)
  const app = createApp({ ...dependencies, identity: await loadIdentitySettings(dependencies) })
  return { app, dependencies, close: () => dependencies.close() }
}

/**
 * The app listening on a real port, with SERVICE_URL pointing at it, for journeys in which the
 * service calls itself (the OpenID Connect token and user info requests to the accounts service).
 */
export async function startTestServer(
  database: Pick<TestDatabase, 'url'>,
  environment: NodeJS.ProcessEnv = {},
  listening?: Listening,
): Promise<TestApp & { url: string }> {
  const { server, url } = listening ?? (await listenOnFreePort())
  const testApp = await createTestApp(database, { SERVICE_URL: url, ...environment })
  server.on('request', testApp.app)
  return {
    ...testApp,
    url,
    close: async () => {
      server.closeAllConnections()
      await new Promise(resolve => server.close(resolve))
      await testApp.close()
    },
  }
}

export interface Listening {
  server: Server
  url: string
}

/**
 * A server listening on a free port, before its app exists (for two services that must each know
 * the other's address). `hostname` picks how its address is written: browsers and cookie jars keep
 * cookies apart by host name, not by port.
 */
export async function listenOnFreePort(hostname: '127.0.0.1' | 'localhost' = '127.0.0.1'): Promise<Listening> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, resolve))
  return { server, url: `http://${hostname}:${(server.address() as AddressInfo).port}` }
}
