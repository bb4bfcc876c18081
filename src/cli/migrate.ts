import { migrateToLatest } from '../db/migrate'
import { runCommand } from './runCommand'

runCommand('migrate', async ({ db, logger }) => {
  const ran = await migrateToLatest(db)
  logger.info(ran.length === 0 ? 'The database is up to date' : `Ran ${ran.length} migrations: ${ran.join(', ')}`)
})
