/**
 * Figures for the foundation: how long loading the reference organisations takes, and how fast the
 * service serves pages and its health check. Runs on its own embedded PostgreSQL (or BENCH_DATABASE_URL,
 * which it empties) and prints a table; it asserts nothing.
 */
import type { AddressInfo } from 'node:net'
import { performance } from 'node:perf_hooks'
import { createApp } from '../src/app'
import { loadConfig } from '../src/config'
import { startEmbeddedPostgres } from '../src/db/embeddedPostgres'
import { migrateToLatest } from '../src/db/migrate'
import { createDependencies, loadIdentitySettings } from '../src/dependencies'
import { createLogger } from '../src/logger'
import { seedDatabase } from '../seeds'

const REQUESTS = 2000
const CONCURRENCY = 20

async function main() {
  const embedded = process.env.BENCH_DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDirectory: '.data/bench-postgres', port: 54335, databaseName: 'bench' })
  const url = process.env.BENCH_DATABASE_URL ?? embedded!.url
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url })
  const dependencies = createDependencies(config, createLogger('silent'), url)
  const figures: [string, string][] = []
  try {
    await dependencies.db.raw('drop schema public cascade; create schema public')
    figures.push(['migrate an empty database', await timed(() => migrateToLatest(dependencies.db))])
    figures.push([
      'seed 16,546 reference and 12 demo organisations',
      await timed(() => seedDatabase({ ...dependencies.services, ...dependencies.repositories }, { demo: true })),
    ])
    figures.push([
      'seed again (nothing to add)',
      await timed(() => seedDatabase({ ...dependencies.services, ...dependencies.repositories }, { demo: true })),
    ])

    const server = createApp({ ...dependencies, identity: await loadIdentitySettings(dependencies) }).listen(0)
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    for (const path of ['/', '/health']) figures.push(...(await load(`${base}${path}`)))
    server.close()
  } finally {
    await dependencies.close()
    await embedded?.stop()
  }
  const width = Math.max(...figures.map(([name]) => name.length))
  for (const [name, value] of figures) process.stdout.write(`${name.padEnd(width)}  ${value}\n`)
}

async function timed(work: () => Promise<unknown>): Promise<string> {
  const start = performance.now()
  await work()
  return `${((performance.now() - start) / 1000).toFixed(2)} s`
}

/** Sends REQUESTS requests, CONCURRENCY at a time; reports throughput and latency percentiles. */
async function load(url: string): Promise<[string, string][]> {
  const latencies: number[] = []
  let next = 0
  const start = performance.now()
  const worker = async () => {
    while (next++ < REQUESTS) {
      const sent = performance.now()
      const response = await fetch(url)
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`${url} answered ${response.status}`)
      latencies.push(performance.now() - sent)
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, worker))
  const seconds = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!
  const path = new URL(url).pathname
  return [
    [`GET ${path}: requests per second (${CONCURRENCY} at a time)`, (REQUESTS / seconds).toFixed(0)],
    [
      `GET ${path}: median / 95th percentile latency`,
      `${percentile(0.5).toFixed(1)} / ${percentile(0.95).toFixed(1)} ms`,
    ],
  ]
}

main().catch(error => {
  process.stderr.write(`benchmark failed: ${String(error)}\n`)
  process.exit(1)
})
