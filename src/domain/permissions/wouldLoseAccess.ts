import { eventAccess, organisationAccess } from './accessTable'
import type { Role } from './roles'

/** Everything a role allows: its actions for the organisation, and each action on events in each status. */
function powersOf(role: Role): string[] {
  const onEvents = Object.entries(eventAccess[role]).flatMap(([action, statuses]) =>
    statuses.map(status => `${action}:${status}`),
  )
  return [...organisationAccess[role], ...onEvents]
}

/**
 * Whether moving someone from their current role to another takes away anything they may do now,
 * so that approving an old request for less access never quietly demotes them.
 */
export function wouldLoseAccess(current: Role, requested: Role): boolean {
  const requestedPowers = powersOf(requested)
  return powersOf(current).some(power => !requestedPowers.includes(power))
}
