import { seedDatabase } from '../../seeds'
import { runCommand } from './runCommand'

runCommand('seed', async ({ config, logger, services }) => {
  const summary = await seedDatabase(services.organisationImport, { demo: config.seedDemoData })
  logger.info(summary, 'Seeded the database')
})
