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
