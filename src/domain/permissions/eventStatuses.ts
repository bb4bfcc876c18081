/**
 * Where an event is in its review. Every event starts "submitted"; reviewers take it into review,
 * complete the review, and may close it or reopen it. A closed event is kept as it was.
 */
export const eventStatuses = ['submitted', 'in_review', 'reviewed', 'closed'] as const

export type EventStatus = (typeof eventStatuses)[number]

export function isEventStatus(value: string): value is EventStatus {
  return (eventStatuses as readonly string[]).includes(value)
}
