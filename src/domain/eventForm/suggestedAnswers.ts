import type { OrganisationType } from '../organisations/organisationTypes'
import { codeSystem } from '../taxonomy/codeSystems'
import type { Answers } from './eventAnswers'

/** The service area an organisation of each type almost always records for (LFPSE Service Type). */
const serviceAreaByType: Partial<Record<OrganisationType, string>> = {
  gp_practice: '17',
  community_pharmacy: '9',
  optometry: '10',
  dental: '11',
}

/**
 * Answers the service already knows, filled in so nobody is asked them again: the service area
 * of their kind of organisation and the job role they registered with. People can change them.
 */
export function suggestedAnswers(
  organisation: { type: OrganisationType } | undefined,
  jobRole: string | null,
): Answers {
  const answers: Answers = {}
  const serviceArea = organisation && serviceAreaByType[organisation.type]
  if (serviceArea) answers.serviceAreas = [serviceArea]
  const staffRole = codeSystem('staffType').codes.find(code => code.display === jobRole)?.code
  if (staffRole) answers.staffRole = staffRole
  return answers
}
