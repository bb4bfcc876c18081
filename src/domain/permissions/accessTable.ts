import type { EventStatus } from './eventStatuses'
import type { Role } from './roles'

/** What someone may do to one event in their scope. */
export type EventAction = 'view' | 'review' | 'update' | 'download'

/** What someone may do for an organisation they have a role in. */
export type OrganisationAction = 'record' | 'manageUsers'

const everyStatus: readonly EventStatus[] = ['submitted', 'in_review', 'reviewed', 'closed']
const open: readonly EventStatus[] = ['submitted', 'in_review']
const never: readonly EventStatus[] = []

/**
 * The event statuses in which each role may take each action on events in its scope: the one table
 * of who may view, update, review and download. The recorder of an event is a role of their own: they
 * see it always and may update it while it is open (until its review is complete).
 */
export const eventAccess: Record<Role | 'recorder', Record<EventAction, readonly EventStatus[]>> = {
  recorder: { view: everyStatus, update: open, review: never, download: never },
  standard: { view: never, update: never, review: never, download: never },
  organisational: { view: everyStatus, update: open, review: open, download: everyStatus },
  admin: { view: everyStatus, update: open, review: open, download: everyStatus },
  read_only: { view: everyStatus, update: never, review: never, download: everyStatus },
}

/** What each role may do for its organisation itself, apart from its events. */
export const organisationAccess: Record<Role, readonly OrganisationAction[]> = {
  standard: ['record'],
  organisational: ['record'],
  admin: ['record', 'manageUsers'],
  read_only: [],
}
