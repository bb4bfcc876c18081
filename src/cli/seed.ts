import { seedDatabase } from '../../seeds'
import { runCommand } from './runCommand'

runCommand('seed', async ({ config, logger, services, repositories }) => {
  const summary = await seedDatabase({ ...services, ...repositories }, { demo: config.seedDemoData })
  logger.info(summary, 'Seeded the database')
})
