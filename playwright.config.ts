import { defineConfig } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3100)

/**
 * Browser tests in Debian's Chromium against the real service, started on its own embedded
 * PostgreSQL (kept apart from the development database) with demo data.
 */
export default defineConfig({
  testDir: 'test/e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // An axe scan takes one to four seconds on a two-core machine, and journeys scan every page.
  timeout: 120_000,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless=new',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: {
    // A fresh database each run, so runs never depend on what an earlier one left behind.
    command: 'rm -rf .data/e2e-postgres && npm run build --silent && node dist/src/server.js',
    url: `http://localhost:${port}/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      LOG_LEVEL: 'warn',
      EMBEDDED_POSTGRES_DIR: '.data/e2e-postgres',
      EMBEDDED_POSTGRES_PORT: process.env.E2E_POSTGRES_PORT ?? '54331',
    },
  },
})
