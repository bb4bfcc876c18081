/** Through what a version of an event was made. */
export const changeSources = ['recorder', 'reviewer', 'local_system'] as const

export type ChangeSource = (typeof changeSources)[number]

/** What can happen to an event, as its timeline tells it. */
export const timelineKinds = ['recorded', 'updated', 'statusChanged'] as const

export type TimelineKind = (typeof timelineKinds)[number]

/** The most a reason for a change may hold: a sentence or two, as on the access pages. */
export const CHANGE_REASON_MAX_LENGTH = 500

/**
 * Everyone but an event's recorder says why they changed it: the recorder is correcting their own
 * account, anyone else is changing someone else's.
 */
export function reasonRequiredFor(source: ChangeSource): boolean {
  return source !== 'recorder'
}
