import { randomBytes } from 'node:crypto'
import { Client } from 'pg'
import { createDatabase, type Database } from '../../src/db/createDatabase'
import { urlFor } from './globalSetup'
import { ADMIN_URL_VARIABLE, TEMPLATE_DATABASE, TEST_DATABASE_PREFIX } from './testDatabaseServer'

export interface TestDatabase {
  url: string
  db: Database
}

/**
 * A freshly migrated database for this test file alone, dropped when the file's tests finish.
 * Call at the top of a describe block; read `.current` inside tests.
 */
export function useTestDatabase(): { readonly current: TestDatabase } {
  let current: TestDatabase | undefined
  const name = `${TEST_DATABASE_PREFIX}${randomBytes(6).toString('hex')}`
  const adminUrl = () => {
    const url = process.env[ADMIN_URL_VARIABLE]
    if (!url) throw new Error('The test database server was not set up (see jest.config.js globalSetup)')
    return url
  }
  beforeAll(async () => {
    await runAdmin(adminUrl(), `create database ${name} template ${TEMPLATE_DATABASE}`)
    const url = urlFor(adminUrl(), name)
    current = { url, db: createDatabase(url, 5) }
  })
  afterAll(async () => {
    await current?.db.destroy()
    await runAdmin(adminUrl(), `drop database if exists ${name} with (force)`)
  })
  return {
    get current() {
      if (!current) throw new Error('The test database is only ready inside tests')
      return current
    },
  }
}

async function runAdmin(adminUrl: string, sql: string) {
  const admin = new Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    await admin.query(sql)
  } finally {
    await admin.end()
  }
}
