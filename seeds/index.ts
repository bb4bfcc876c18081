import type { Knex } from 'knex'
import type { Repositories } from '../src/repositories'
import type { EventRecordingService } from '../src/services/events/eventRecordingService'
import type { OrganisationImportService } from '../src/services/organisationImportService'
import { seedDemoAccess } from './demoAccess'
import { seedDemoAccounts } from './demoAccounts'
import { seedDemoEvents } from './demoEvents'
import { demoOrganisations } from './demoOrganisations'
import { referenceOrganisations } from './referenceData'

export interface SeedSummary {
  referenceOrganisationsAdded: number
  demoOrganisationsAdded: number
}

export interface Seeders extends Repositories {
  organisationImport: OrganisationImportService
  recording: EventRecordingService
}

/**
 * Loads the reference data every installation needs and, when asked, the demo data. Safe to run
 * again: reference rows already present (perhaps refreshed by an ODS import) are left as they are.
 */
export async function seedDatabase(
  db: Knex,
  seeders: Seeders,
  options: { demo: false } | { demo: true; issuer: string },
): Promise<SeedSummary> {
  const { organisationImport, organisations, accounts } = seeders
  const reference = await organisationImport.importOrganisations(await referenceOrganisations(), {
    source: 'reference data',
    onExisting: 'keep',
  })
  if (!options.demo) return { referenceOrganisationsAdded: reference.inserted, demoOrganisationsAdded: 0 }
  const demo = await organisationImport.importOrganisations(demoOrganisations, {
    source: 'demo data',
    onExisting: 'update',
    isDemo: true,
  })
  const accountIds = await seedDemoAccounts(accounts, organisations)
  await seedDemoAccess(db, seeders, accountIds, options.issuer)
  await seedDemoEvents(seeders.recording, seeders.users)
  return { referenceOrganisationsAdded: reference.inserted, demoOrganisationsAdded: demo.inserted }
}
