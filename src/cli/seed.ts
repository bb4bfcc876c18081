import { seedDatabase } from '../../seeds'
import { runCommand } from './runCommand'

runCommand('seed', async ({ config, logger, db, services, repositories }) => {
  const summary = await seedDatabase(
    db,
    { ...services, ...repositories },
    config.seedDemoData ? { demo: true, issuer: config.identity.issuer } : { demo: false },
  )
  logger.info(summary, 'Seeded the database')
})
