import { organisationAccess } from './accessTable'
import type { Role } from './roles'

/**
 * Whether moving someone from their current role to another takes away anything they may do now,
 * so that approving an old request for less access never quietly demotes them.
 */
export function wouldLoseAccess(current: Role, requested: Role): boolean {
  return organisationAccess[current].some(action => !organisationAccess[requested].includes(action))
}
