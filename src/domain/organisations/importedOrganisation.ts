import type { OrganisationType } from './organisationTypes'

/** An organisation as a reference list describes it, with its parents named by ODS code. */
export interface ImportedOrganisation {
  odsCode: string
  name: string
  type: OrganisationType
  icbCode: string | null
  regionCode: string | null
  isOpen: boolean
}
