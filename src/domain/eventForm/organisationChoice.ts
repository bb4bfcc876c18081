import type { OrganisationType } from '../organisations/organisationTypes'
import { recordingOrganisationTypes } from './recordingOrganisationTypes'

/** Events are recorded for organisations that are open and that provide or commission care. */
export function canRecordFor<Organisation extends { isOpen: boolean; type: OrganisationType }>(
  organisation: Organisation | undefined,
): organisation is Organisation {
  return Boolean(
    organisation?.isOpen && (recordingOrganisationTypes as readonly OrganisationType[]).includes(organisation.type),
  )
}
