/**
 * Figures for the foundation: how long loading the reference organisations takes, and how fast the
 * service serves pages and its health check.
 */
import type { AddressInfo } from 'node:net'
import { createApp } from '../src/app'
import { loadIdentitySettings } from '../src/dependencies'
import { seedDatabase } from '../seeds'
import { fail, measure, runBenchmark, timed } from './support'

const REQUESTS = 2000
const CONCURRENCY = 20

runBenchmark('foundation', 54335, async dependencies => {
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
  const server = createApp({ ...dependencies, identity: await loadIdentitySettings(dependencies) }).listen(0)
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  for (const path of ['/', '/health']) {
    figures.push(
      ...(await measure(`GET ${path}`, REQUESTS, CONCURRENCY, async () => {
        const response = await fetch(`${base}${path}`)
        await response.arrayBuffer()
        if (!response.ok) throw new Error(`${path} answered ${response.status}`)
      })),
    )
  }
  server.close()
  return figures
}).catch(fail)
