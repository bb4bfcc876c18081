import { ConfigError, loadConfig } from '../config'
import { createDependencies, type Dependencies } from '../dependencies'
import { openDatabase } from '../db/openDatabase'
import { createLogger } from '../logger'

/**
 * Runs a one-off command (migrate, seed, import) against the configured database, or the embedded
 * one when none is configured, and exits with 0 only if it succeeded.
 */
export function runCommand(name: string, command: (dependencies: Dependencies) => Promise<void>): void {
  const run = async () => {
    const config = loadConfig(process.env)
    const logger = createLogger(config.logLevel)
    const database = await openDatabase(config, logger)
    const dependencies = createDependencies(config, logger, database.url)
    try {
      await command(dependencies)
    } finally {
      await dependencies.close()
      await database.stop()
    }
  }
  run().then(
    () => process.exit(0),
    error => {
      process.stderr.write(error instanceof ConfigError ? `${error.message}\n` : `${name} failed: ${String(error)}\n`)
      process.exit(1)
    },
  )
}
