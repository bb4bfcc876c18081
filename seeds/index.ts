import type { OrganisationImportService } from '../src/services/organisationImportService'
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
export async function seedDatabase(
  organisationImport: OrganisationImportService,
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
  return { referenceOrganisationsAdded: reference.inserted, demoOrganisationsAdded: demo.inserted }
}
