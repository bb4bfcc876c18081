import type { OrganisationType } from './organisationTypes'

/**
 * The kind of organisation an ODS code's shape shows, for lists that give only code and name.
 * Shapes follow NHS Digital's ODS conventions; anything unrecognised is "other" rather than a guess.
 */
const shapes: ReadonlyArray<[RegExp, OrganisationType]> = [
  [/^Y\d{5}$/, 'other'], // prescribing cost centres that are not practices (community teams, clinics)
  [/^U\d{5}$/, 'primary_care_network'],
  [/^[A-Z]\d{5}$/, 'gp_practice'],
  [/^F[A-Z0-9]{4}$/, 'community_pharmacy'],
  [/^\d{6}[A-Z]$/, 'community_pharmacy'], // pharmacies in Wales
  [/^V\d{6}$/, 'dental'],
  [/^[RT][A-Z0-9]{2}$/, 'nhs_trust'], // trusts and care trusts
  [/^R[A-Z0-9]{4}$/, 'nhs_trust'], // trust sites
  [/^N[A-Z0-9]{2}([A-Z0-9]{2})?$/, 'independent_provider'],
  [/^\d{2}[A-Z]$/, 'commissioner'], // clinical commissioning groups, now sub-ICB locations
]

export function classifyOdsCode(odsCode: string): OrganisationType {
  return shapes.find(([shape]) => shape.test(odsCode))?.[1] ?? 'other'
}
