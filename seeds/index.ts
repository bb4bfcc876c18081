import type { AccountRepository } from '../src/identity/accountRepository'
import type { OrganisationRepository } from '../src/repositories/organisationRepository'
import type { OrganisationImportService } from '../src/services/organisationImportService'
import { seedDemoAccounts } from './demoAccounts'
import { demoOrganisations } from './demoOrganisations'
import { referenceOrganisations } from './referenceData'

export interface SeedSummary {
  referenceOrganisationsAdded: number
  demoOrganisationsAdded: number
}

/**
 * Loads the reference data every installation needs and, when asked, the demo data. Safe to run
 * again: reference rows already present (perhaps refreshed by an ODS import) are left as they are.
 */
export interface Seeders {
  organisationImport: OrganisationImportService
  organisations: OrganisationRepository
  accounts: AccountRepository
}

export async function seedDatabase(
  { organisationImport, organisations, accounts }: Seeders,
  options: { demo: boolean },
): Promise<SeedSummary> {
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
  await seedDemoAccounts(accounts, organisations)
  return { referenceOrganisationsAdded: reference.inserted, demoOrganisationsAdded: demo.inserted }
}
