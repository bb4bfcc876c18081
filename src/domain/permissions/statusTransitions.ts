import type { EventStatus } from './eventStatuses'
import type { Role } from './roles'

/** The moves that take an event from one status of its review to another. */
export const statusMoves = ['startReview', 'completeReview', 'close', 'reopen'] as const

export type StatusMove = (typeof statusMoves)[number]

export interface StatusTransition {
  from: readonly EventStatus[]
  to: EventStatus
  /** Who may make the move, on events in their scope; read-only and standard users make none. */
  roles: readonly Role[]
  /** Whether the person must say why, for the event's history. */
  reasonRequired: boolean
}

const reviewers: readonly Role[] = ['organisational', 'admin']

/** Which role may make which move from which status, and where it leads. */
export const statusTransitions: Record<StatusMove, StatusTransition> = {
  startReview: { from: ['submitted'], to: 'in_review', roles: reviewers, reasonRequired: false },
  completeReview: { from: ['in_review'], to: 'reviewed', roles: reviewers, reasonRequired: false },
  close: { from: ['reviewed'], to: 'closed', roles: ['admin'], reasonRequired: false },
  reopen: { from: ['reviewed', 'closed'], to: 'in_review', roles: reviewers, reasonRequired: true },
}
