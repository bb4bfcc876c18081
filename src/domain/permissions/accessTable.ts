import type { EventStatus } from './eventStatuses'
import type { Role } from './roles'

/** What someone may do to one event in their scope. */
export type EventAction = 'view' | 'review' | 'update' | 'download'

/** What someone may do for an organisation they have a role in. */
export type OrganisationAction = 'record' | 'viewEvents' | 'downloadEvents' | 'statutoryReporting' | 'manageUsers'

const everyStatus: readonly EventStatus[] = ['submitted', 'in_review', 'closed']
const open: readonly EventStatus[] = ['submitted', 'in_review']
const never: readonly EventStatus[] = []

/**
 * The event statuses in which each role may take each action on events in its scope. The recorder
 * of an event is a role of their own: they see it always and may update it until it is closed.
 */
export const eventAccess: Record<Role | 'recorder', Record<EventAction, readonly EventStatus[]>> = {
  recorder: { view: everyStatus, update: open, review: never, download: never },
  standard: { view: never, update: never, review: never, download: never },
  organisational: { view: everyStatus, update: open, review: open, download: everyStatus },
  admin: { view: everyStatus, update: open, review: open, download: everyStatus },
  read_only: { view: everyStatus, update: never, review: never, download: everyStatus },
}

export const organisationAccess: Record<Role, readonly OrganisationAction[]> = {
  standard: ['record'],
  organisational: ['record', 'viewEvents', 'downloadEvents'],
  admin: ['record', 'viewEvents', 'downloadEvents', 'statutoryReporting', 'manageUsers'],
  read_only: ['viewEvents', 'downloadEvents'],
}
