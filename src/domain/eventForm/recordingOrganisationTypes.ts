import { organisationTypes } from '../organisations/organisationTypes'

/** Any organisation that provides or commissions care can have events recorded for it. */
export const recordingOrganisationTypes = organisationTypes.filter(type => type !== 'region' && type !== 'national')
