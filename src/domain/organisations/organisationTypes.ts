/** The kinds of organisation the service knows, in the order people are offered them. */
export const organisationTypes = [
  'nhs_trust',
  'gp_practice',
  'primary_care_network',
  'dental',
  'optometry',
  'community_pharmacy',
  'independent_provider',
  'commissioner',
  'icb',
  'region',
  'national',
  'other',
] as const

export type OrganisationType = (typeof organisationTypes)[number]

export const organisationTypeNames: Record<OrganisationType, string> = {
  nhs_trust: 'NHS trust',
  gp_practice: 'GP practice',
  primary_care_network: 'Primary care network',
  dental: 'Dental practice',
  optometry: 'Optometry practice',
  community_pharmacy: 'Community pharmacy',
  independent_provider: 'Independent provider',
  commissioner: 'Clinical commissioning group or sub-ICB location',
  icb: 'Integrated care board',
  region: 'NHS England region',
  national: 'National body',
  other: 'Other organisation',
}
