import type { Knex } from 'knex'
import type { TimelineKind } from '../domain/events/eventChanges'
import { personName } from './personName'

export interface TimelineEntry {
  kind: TimelineKind
  actorUserId: string | null
  revision?: number | null
  fromStatus?: string | null
  toStatus?: string | null
  reason?: string | null
  at: Date
}

export interface TimelineItem extends Required<TimelineEntry> {
  eventId: string
  actorName: string | null
}

/** What happened to each event, in order: the story told to the people involved with it. */
export class EventTimelineRepository {
  constructor(private readonly db: Knex) {}

  async add(eventId: string, entry: TimelineEntry, trx: Knex.Transaction): Promise<void> {
    await trx('event_timeline').insert({
      event_id: eventId,
      kind: entry.kind,
      actor_user_id: entry.actorUserId,
      revision: entry.revision ?? null,
      from_status: entry.fromStatus ?? null,
      to_status: entry.toStatus ?? null,
      reason: entry.reason ?? null,
      at: entry.at,
    })
  }

  /** The event's timeline, oldest first. */
  async of(eventId: string): Promise<TimelineItem[]> {
    const rows = await this.db('event_timeline')
      .leftJoin('users', 'users.id', 'event_timeline.actor_user_id')
      .where('event_timeline.event_id', eventId)
      .orderBy([{ column: 'event_timeline.at' }, { column: 'event_timeline.id' }])
      .select('event_timeline.*', personName(this.db, 'users', 'actor_name'))
    return rows.map(row => ({
      eventId: row.event_id,
      kind: row.kind,
      actorUserId: row.actor_user_id,
      actorName: row.actor_name,
      revision: row.revision,
      fromStatus: row.from_status,
      toStatus: row.to_status,
      reason: row.reason,
      at: row.at,
    }))
  }
}
