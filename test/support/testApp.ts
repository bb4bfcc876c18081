import type express from 'express'
import { createApp } from '../../src/app'
import { loadConfig } from '../../src/config'
import { createDependencies, type Dependencies } from '../../src/dependencies'
import { createLogger } from '../../src/logger'
import type { TestDatabase } from '../database/testDatabase'

export interface TestApp {
  app: express.Express
  dependencies: Dependencies
  close(): Promise<void>
}

/** The real application, wired exactly as in production, on a test database. */
export function createTestApp(
  database: Pick<TestDatabase, 'url'>,
  environment: NodeJS.ProcessEnv = {},
  logger = createLogger('silent'),
): TestApp {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...environment, DATABASE_URL: database.url })
  const dependencies = createDependencies(config, logger, database.url)
  return { app: createApp(dependencies), dependencies, close: () => dependencies.close() }
}
