import { Client } from 'pg'
import { createDatabase } from '../../src/db/createDatabase'
import { startEmbeddedPostgres, type RunningPostgres } from '../../src/db/embeddedPostgres'
import { migrateToLatest } from '../../src/db/migrate'
import { ADMIN_URL_VARIABLE, TEMPLATE_DATABASE, TEST_DATABASE_PREFIX } from './testDatabaseServer'

declare global {
  var testPostgres: RunningPostgres | undefined
}

/**
 * Gives the test run a PostgreSQL server: the one in TEST_DATABASE_URL, or an embedded one kept
 * apart from the development database. A migrated template database is made once; each test file
 * then copies it into a database of its own, so files never see each other's rows.
 */
export default async function globalSetup() {
  let adminUrl = process.env.TEST_DATABASE_URL
  if (!adminUrl) {
    globalThis.testPostgres = await startEmbeddedPostgres({
      dataDirectory: '.data/test-postgres',
      port: Number(process.env.TEST_EMBEDDED_POSTGRES_PORT ?? 54339),
      databaseName: 'postgres',
    })
    adminUrl = globalThis.testPostgres.adminUrl
  }
  process.env[ADMIN_URL_VARIABLE] = adminUrl

  await dropTestDatabases(adminUrl)
  const admin = new Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${TEMPLATE_DATABASE}`)
  await admin.end()
  const template = createDatabase(urlFor(adminUrl, TEMPLATE_DATABASE), 2)
  await migrateToLatest(template)
  await template.destroy()
}

export function urlFor(adminUrl: string, database: string): string {
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  return url.toString()
}

/** Removes databases left by earlier runs, including the template. */
export async function dropTestDatabases(adminUrl: string): Promise<void> {
  const admin = new Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where starts_with(datname, $1)',
      [TEST_DATABASE_PREFIX],
    )
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`)
  } finally {
    await admin.end()
  }
}
