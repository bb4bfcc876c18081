import type { OrganisationType } from '../organisations/organisationTypes'

/**
 * The kinds of organisation people choose from when they register, as the national service offers
 * them, and which organisation types each covers.
 */
export const registrationOrganisationTypes = [
  { value: 'nhs-england', text: 'NHS England', types: ['national'] },
  { value: 'icb', text: 'Integrated care board (ICB)', types: ['icb'] },
  {
    value: 'pcn-or-gp',
    text: 'Primary care network (PCN) or GP practice',
    types: ['primary_care_network', 'gp_practice'],
  },
  { value: 'nhs-trust', text: 'NHS trust', types: ['nhs_trust'] },
  {
    value: 'other',
    text: 'Other, or I cannot find my organisation',
    types: [
      'dental',
      'optometry',
      'community_pharmacy',
      'independent_provider',
      'commissioner',
      'other',
      'gp_practice',
      'nhs_trust',
      'primary_care_network',
    ],
  },
] as const satisfies ReadonlyArray<{ value: string; text: string; types: readonly OrganisationType[] }>

export type RegistrationOrganisationType = (typeof registrationOrganisationTypes)[number]['value']

export const registrationOrganisationTypeValues = registrationOrganisationTypes.map(type => type.value) as [
  RegistrationOrganisationType,
  ...RegistrationOrganisationType[],
]

export function organisationTypesFor(value: RegistrationOrganisationType): readonly OrganisationType[] {
  return registrationOrganisationTypes.find(type => type.value === value)!.types
}
