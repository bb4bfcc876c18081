import type { OrganisationType } from '../organisations/organisationTypes'
import { eventAccess, organisationAccess, type EventAction, type OrganisationAction } from './accessTable'
import { isEventStatus } from './eventStatuses'
import type { Role } from './roles'
import { statusTransitions, type StatusMove } from './statusTransitions'

/** One active membership: a role in an organisation, perhaps until a date. */
export interface Grant {
  organisationId: number
  odsCode: string
  organisationName: string
  organisationType: OrganisationType
  role: Role
  endsOn: string | null
}

/** What decides whether an event is in someone's scope. */
export interface ScopedEvent {
  recordedBy: string | null
  status: string
  organisationId: number
  /** The ICB and region the event's organisation sits in. */
  icbId: number | null
  regionId: number | null
}

/** The organisations whose events an action reaches, for filtering lists in SQL. */
export interface EventScope {
  organisationIds: number[]
  icbIds: number[]
  regionIds: number[]
}

/** What decides who may approve or reject a request for access. */
export interface DecidableRequest {
  userId: string
  organisationId: number
  organisationHasAdmin: boolean
}

export interface PermissionsHolder {
  id: string
  isNationalAdmin: boolean
  status: 'pending' | 'active' | 'disabled'
}

/**
 * Everything one person may do, built from the database on every request so that a role taken
 * away stops working at the next click. Routes ask it questions; an event outside someone's scope is
 * one they are told does not exist.
 */
export class Permissions {
  /** Only approved accounts have their memberships' powers. */
  readonly grants: readonly Grant[]

  constructor(
    readonly user: PermissionsHolder,
    grants: readonly Grant[],
  ) {
    this.grants = user.status === 'active' ? grants : []
  }

  get isNationalAdmin(): boolean {
    return this.user.isNationalAdmin && this.user.status === 'active'
  }

  can(action: EventAction, event: ScopedEvent): boolean {
    if (!isEventStatus(event.status)) return false
    const status = event.status
    if (this.isRecorderOf(event) && eventAccess.recorder[action].includes(status)) return true
    return this.grants.some(grant => eventAccess[grant.role][action].includes(status) && covers(grant, event))
  }

  /** Whether the person recorded the event themselves (signed in), which lets them see it as typed. */
  isRecorderOf(event: Pick<ScopedEvent, 'recordedBy'>): boolean {
    return event.recordedBy !== null && event.recordedBy === this.user.id
  }

  /** Whether the person may move the event on in its review, such as closing it. */
  canMove(move: StatusMove, event: ScopedEvent): boolean {
    const transition = statusTransitions[move]
    if (!isEventStatus(event.status) || !transition.from.includes(event.status)) return false
    return this.grants.some(grant => transition.roles.includes(grant.role) && covers(grant, event))
  }

  /** Whether an action on events reaches any event at all, for menus and the pages that list them. */
  reaches(action: EventAction): boolean {
    return this.grantsReaching(action).length > 0
  }

  /** The memberships through which an action on events reaches, such as the organisations one views. */
  grantsReaching(action: EventAction): Grant[] {
    return this.grants.filter(grant => eventAccess[grant.role][action].length > 0)
  }

  canFor(action: OrganisationAction, organisationId: number): boolean {
    return this.grants.some(grant => grant.organisationId === organisationId && allows(grant, action))
  }

  /**
   * Whether the person may decide someone's request for access: an admin of its organisation, or a
   * national administrator when the organisation has no admin. Never their own request.
   */
  canDecide(request: DecidableRequest): boolean {
    if (request.userId === this.user.id) return false
    if (this.canFor('manageUsers', request.organisationId)) return true
    return this.isNationalAdmin && !request.organisationHasAdmin
  }

  /** The memberships through which the person may take an action for an organisation, such as managing users. */
  grantsFor(action: OrganisationAction): Grant[] {
    return this.grants.filter(grant => allows(grant, action))
  }

  /** Where an action on events reaches, for lists and searches. */
  eventScope(action: EventAction): EventScope {
    const reaching = this.grantsReaching(action)
    const idsOf = (type: OrganisationType) =>
      reaching.filter(grant => grant.organisationType === type).map(grant => grant.organisationId)
    // An ICB's or region's own events are its organisation's too, so every grant names its organisation.
    return {
      organisationIds: reaching.map(grant => grant.organisationId),
      icbIds: idsOf('icb'),
      regionIds: idsOf('region'),
    }
  }
}

function allows(grant: Grant, action: OrganisationAction): boolean {
  return organisationAccess[grant.role].includes(action)
}

/** A membership of an ICB or region reaches every organisation within it ("wider area of responsibility"). */
function covers(grant: Grant, event: ScopedEvent): boolean {
  if (grant.organisationId === event.organisationId) return true
  if (grant.organisationType === 'icb') return event.icbId === grant.organisationId
  if (grant.organisationType === 'region') return event.regionId === grant.organisationId
  return false
}
