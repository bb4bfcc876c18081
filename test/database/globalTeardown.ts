import { dropTestDatabases } from './globalSetup'
import { ADMIN_URL_VARIABLE } from './testDatabaseServer'

export default async function globalTeardown() {
  const adminUrl = process.env[ADMIN_URL_VARIABLE]
  if (adminUrl) await dropTestDatabases(adminUrl)
  await globalThis.testPostgres?.stop()
}
