import { roleNames } from '../../domain/permissions/roles'
import type { AccessRequest } from '../../repositories/accessRequestRepository'
import type { DecisionResult } from '../../services/access/accessRequestService'

export type RefusedDecision = Exclude<DecisionResult, 'approved' | 'rejected'>

/**
 * What to tell the person deciding a request that could not be carried out, and what they can do
 * instead. Only admins of the organisation have its list of users to change access from.
 */
export function decisionRefusal(refused: RefusedDecision, request: AccessRequest, hasListOfUsers: boolean): string {
  const name = `${request.firstName} ${request.lastName}`
  const changeInstead = hasListOfUsers ? ', or change their access from the list of users' : ''
  switch (refused) {
    case 'wouldReduceAccess': {
      const now = request.currentRole ? `${roleNames[request.currentRole]} access` : 'access'
      return `${name} now has ${now}, which this request for ${roleNames[request.role]} access would take away. Reject the request${changeInstead}.`
    }
    case 'changedMeanwhile':
      return `${name} was given access to ${request.organisationName} while you were deciding. Reject the request${changeInstead}.`
    case 'alreadyDecided':
      return 'Someone else decided this request while you were looking at it. You do not need to do anything.'
  }
}
