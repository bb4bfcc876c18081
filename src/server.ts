import type { Server } from 'node:http'
import { createApp } from './app'
import { ConfigError, loadConfig } from './config'
import { createDependencies, loadIdentitySettings } from './dependencies'
import { migrateToLatest } from './db/migrate'
import { openDatabase } from './db/openDatabase'
import { pruneExpiredProviderModels } from './identity/postgresAdapter'
import { createLogger, type Logger } from './logger'
import { seedDatabase } from '../seeds'

const EMAIL_POLL_INTERVAL_MS = 2000

/** Starts the service: on the configured database, or on an embedded one with demo data. */
async function main() {
  const config = loadConfig(process.env)
  const logger = createLogger(config.logLevel)
  const database = await openDatabase(config, logger)
  const dependencies = createDependencies(config, logger, database.url)
  if (database.embedded) {
    await migrateToLatest(dependencies.db)
    // Safe to repeat, and quick when there is nothing to add: a newer version's demo data arrives too.
    const seeded = await seedDatabase(
      dependencies.db,
      { ...dependencies.services, ...dependencies.repositories },
      config.seedDemoData ? { demo: true, issuer: config.identity.issuer } : { demo: false },
    )
    logger.info(seeded, 'Reference and demo data are loaded')
  }
  const app = createApp({ ...dependencies, identity: await loadIdentitySettings(dependencies) })
  const server = app.listen(config.port, () => {
    logger.info(`Record and review patient safety events is running at http://localhost:${config.port}`)
  })
  server.on('error', error => fail(logger, error))
  dependencies.services.outboxWorker.start(EMAIL_POLL_INTERVAL_MS)
  // Events redacted by older rules are redacted again, at start and then hourly, without holding up requests.
  const redactStale = () =>
    dependencies.services.redactor
      .redactStale()
      .then(count => count > 0 && logger.info({ count }, 'Events redacted again with the current rules'))
  redactStale().catch(error => logger.warn({ err: error }, 'redacting stored events failed'))
  const housekeeping = setInterval(() => {
    Promise.all([
      dependencies.repositories.rateLimits.prune(),
      pruneExpiredProviderModels(dependencies.db),
      redactStale(),
    ]).catch(error => logger.warn({ err: error }, 'hourly housekeeping failed'))
  }, 3600_000).unref()
  stopGracefully(server, logger, async () => {
    clearInterval(housekeeping)
    await dependencies.services.outboxWorker.stop()
    await dependencies.close()
    await database.stop()
  })
}

function stopGracefully(server: Server, logger: Logger, release: () => Promise<void>) {
  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    logger.info(`${signal} received: finishing requests in progress, then stopping`)
    server.close(() => {
      release().then(
        () => process.exit(0),
        error => fail(logger, error),
      )
    })
    server.closeIdleConnections()
  }
  process.on('SIGTERM', () => stop('SIGTERM'))
  process.on('SIGINT', () => stop('SIGINT'))
}

function fail(logger: Logger, error: unknown) {
  logger.fatal({ err: error }, 'the service stopped')
  process.exit(1)
}

main().catch(error => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`)
    process.exit(1)
  }
  fail(createLogger('fatal'), error)
})
