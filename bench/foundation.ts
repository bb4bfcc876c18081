/**
 * Figures for the foundation: how long loading the reference organisations takes, how fast the
 * service serves pages and its health check, and the landing page as `npm start` runs the service
 * (development) beside production.
 */
import type { AddressInfo } from 'node:net'
import { createApp } from '../src/app'
import { loadConfig } from '../src/config'
import { createDependencies, loadIdentitySettings, type Dependencies } from '../src/dependencies'
import { createLogger } from '../src/logger'
import { seedDatabase } from '../seeds'
import { productionEnvironment } from '../test/support/productionEnvironment'
import { fail, measure, runBenchmark, timed, type Figure } from './support'

const REQUESTS = 2000
const CONCURRENCY = 20
const LANDING_CONCURRENCY = 50

/** Serves `path` from an app built with `dependencies` and measures it. */
async function serve(dependencies: Dependencies, path: string, label: string, concurrency: number): Promise<Figure[]> {
  const server = createApp({ ...dependencies, identity: await loadIdentitySettings(dependencies) }).listen(0)
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  try {
    return await measure(label, REQUESTS, concurrency, async () => {
      const response = await fetch(`${base}${path}`)
      await response.arrayBuffer()
      if (!response.ok) throw new Error(`${path} answered ${response.status}`)
    })
  } finally {
    server.close()
  }
}

/** The landing page from an app configured for `environment`, on the benchmark's database. */
async function landingPageIn(environment: Record<string, string>, databaseUrl: string): Promise<Figure[]> {
  const config = loadConfig({ ...environment, LOG_LEVEL: 'silent', DATABASE_URL: databaseUrl })
  const dependencies = createDependencies(config, createLogger('silent'), databaseUrl)
  try {
    return (await serve(dependencies, '/', `GET / in ${config.environment}`, LANDING_CONCURRENCY)).slice(0, 1)
  } finally {
    await dependencies.close()
  }
}

runBenchmark('foundation', 54335, async (dependencies, databaseUrl) => {
  const seed = () =>
    seedDatabase(
      dependencies.db,
      { ...dependencies.services, ...dependencies.repositories },
      { demo: true, issuer: dependencies.config.identity.issuer },
    )
  const figures = [
    ['seed 16,546 reference and 12 demo organisations', await timed(seed)],
    ['seed again (nothing to add)', await timed(seed)],
  ] as [string, string][]
  for (const path of ['/', '/health']) figures.push(...(await serve(dependencies, path, `GET ${path}`, CONCURRENCY)))
  const development = await landingPageIn({ NODE_ENV: 'development' }, databaseUrl)
  const production = await landingPageIn(productionEnvironment, databaseUrl)
  const ratio = Number(development[0]![1]) / Number(production[0]![1])
  return [
    ...figures,
    ...development,
    ...production,
    ['GET /: development as a share of production', `${(ratio * 100).toFixed(0)}%`],
  ]
}).catch(fail)
