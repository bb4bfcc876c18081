import { performance } from 'node:perf_hooks'
import { loadConfig } from '../src/config'
import { startEmbeddedPostgres } from '../src/db/embeddedPostgres'
import { migrateToLatest } from '../src/db/migrate'
import { createDependencies, type Dependencies } from '../src/dependencies'
import { createLogger } from '../src/logger'

export type Figure = [name: string, value: string]

/**
 * Runs a benchmark on an emptied database: its own embedded PostgreSQL on `port`, or
 * BENCH_DATABASE_URL. Prints the figures it returns as a table; asserts nothing.
 */
export async function runBenchmark(
  name: string,
  port: number,
  bench: (dependencies: Dependencies, databaseUrl: string) => Promise<Figure[]>,
): Promise<void> {
  const embedded = process.env.BENCH_DATABASE_URL
    ? undefined
    : await startEmbeddedPostgres({ dataDirectory: `.data/bench-${name}-postgres`, port, databaseName: 'bench' })
  const url = process.env.BENCH_DATABASE_URL ?? embedded!.url
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: url })
  const dependencies = createDependencies(config, createLogger('silent'), url)
  let figures: Figure[]
  try {
    await dependencies.db.raw('drop schema public cascade; create schema public')
    figures = [['migrate an empty database', await timed(() => migrateToLatest(dependencies.db))]]
    figures.push(...(await bench(dependencies, url)))
  } finally {
    await dependencies.close()
    await embedded?.stop()
  }
  const width = Math.max(...figures.map(([figure]) => figure.length))
  for (const [figure, value] of figures) process.stdout.write(`${figure.padEnd(width)}  ${value}\n`)
}

export async function timed(work: () => Promise<unknown>): Promise<string> {
  const start = performance.now()
  await work()
  return `${((performance.now() - start) / 1000).toFixed(2)} s`
}

/** Runs `task` `count` times, `concurrency` at a time; returns throughput and latency percentiles. */
export async function measure(
  label: string,
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
): Promise<Figure[]> {
  const latencies: number[] = []
  let next = 0
  const start = performance.now()
  const worker = async () => {
    for (let index = next++; index < count; index = next++) {
      const sent = performance.now()
      await task(index)
      latencies.push(performance.now() - sent)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const seconds = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))]!
  return [
    [`${label}: per second (${concurrency} at a time)`, (count / seconds).toFixed(0)],
    [`${label}: median / 95th percentile`, `${percentile(0.5).toFixed(1)} / ${percentile(0.95).toFixed(1)} ms`],
  ]
}

export function fail(error: unknown): never {
  // A failed bulk insert's message repeats the whole statement: the end says what went wrong.
  const message = String(error)
  process.stderr.write(`benchmark failed: ${message.length > 600 ? `…${message.slice(-600)}` : message}\n`)
  process.exit(1)
}
