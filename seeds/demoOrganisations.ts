import type { ImportedOrganisation } from '../src/domain/organisations/importedOrganisation'
import type { OrganisationType } from '../src/domain/organisations/organisationTypes'

/**
 * Invented organisations for trying the service out, marked as demo data. Their codes start "DM",
 * a prefix ODS does not use, and each sits in a real ICB and region so that oversight can be shown.
 */
const areas = [
  { prefix: 'DMA', icbCode: 'QE1', regionCode: 'Y62', place: 'Northmoor' }, // Lancashire and South Cumbria, North West
  { prefix: 'DMB', icbCode: 'QUY', regionCode: 'Y58', place: 'Westcombe' }, // Bristol, N Somerset and S Glos, South West
]

const members: ReadonlyArray<[suffix: string, type: OrganisationType, name: (place: string) => string]> = [
  ['T1', 'nhs_trust', place => `${place} Hospitals NHS Foundation Trust (demo)`],
  ['G1', 'gp_practice', place => `${place} Health Centre (demo)`],
  ['G2', 'gp_practice', place => `${place} Riverside Surgery (demo)`],
  ['D1', 'dental', place => `${place} Dental Practice (demo)`],
  ['O1', 'optometry', place => `${place} Opticians (demo)`],
  ['P1', 'community_pharmacy', place => `${place} Pharmacy (demo)`],
]

export const demoOrganisations: ImportedOrganisation[] = areas.flatMap(area =>
  members.map(([suffix, type, name]) => ({
    odsCode: `${area.prefix}${suffix}`,
    name: name(area.place),
    type,
    icbCode: area.icbCode,
    regionCode: area.regionCode,
    isOpen: true,
  })),
)
