/**
 * Where an event is in its review. Every event starts "submitted"; the review pages move it on, and
 * a closed event is kept as it was.
 */
export const eventStatuses = ['submitted', 'in_review', 'closed'] as const

export type EventStatus = (typeof eventStatuses)[number]

export function isEventStatus(value: string): value is EventStatus {
  return (eventStatuses as readonly string[]).includes(value)
}
