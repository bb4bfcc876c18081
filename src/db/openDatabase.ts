import type { Config } from '../config'
import type { Logger } from '../logger'
import { startEmbeddedPostgres } from './embeddedPostgres'

export interface OpenDatabase {
  url: string
  /** True when the service started its own PostgreSQL because none was configured. */
  embedded: boolean
  stop(): Promise<void>
}

const LOCAL_DATABASE_NAME = 'patient_safety'

/** The configured PostgreSQL, or with no DATABASE_URL an embedded one under the data directory. */
export async function openDatabase(config: Config, logger: Logger): Promise<OpenDatabase> {
  if (config.database.url) return { url: config.database.url, embedded: false, stop: async () => undefined }
  const running = await startEmbeddedPostgres({
    dataDirectory: config.database.embedded.dataDirectory,
    port: config.database.embedded.port,
    databaseName: LOCAL_DATABASE_NAME,
    onProgress: message => logger.info(message),
  })
  logger.info(`Using the embedded PostgreSQL in ${config.database.embedded.dataDirectory}`)
  return { url: running.url, embedded: true, stop: running.stop }
}
