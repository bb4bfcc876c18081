import type { Knex } from 'knex'
import type { EventDraftRow } from '../db/tables'
import type { EventAnswers } from '../domain/eventForm/eventAnswers'
import { applyRecordFilters, type Page, type RecordFilters } from './recordFilters'

export interface EventDraft {
  id: string
  userId: string
  /** Set when the draft amends a submitted event. */
  eventId: string | null
  baseRevision: number | null
  answers: EventAnswers
  visited: string[]
  /** Words the recorder asked to hide from everyone else, beyond what is found for them. */
  hiddenWords: string[]
  createdAt: Date
  updatedAt: Date
}

export interface DraftListing {
  drafts: EventDraft[]
  total: number
}

export class EventDraftRepository {
  constructor(private readonly db: Knex) {}

  async create(
    draft: {
      userId: string
      answers: EventAnswers
      visited?: string[]
      eventId?: string
      baseRevision?: number
      hiddenWords?: string[]
    },
    trx?: Knex.Transaction,
  ): Promise<string> {
    const [row] = await (trx ?? this.db)('event_drafts')
      .insert({
        user_id: draft.userId,
        answers: JSON.stringify(draft.answers) as unknown as EventAnswers,
        visited: draft.visited ?? [],
        event_id: draft.eventId ?? null,
        base_revision: draft.baseRevision ?? null,
        hidden_words: draft.hiddenWords ?? [],
      })
      .returning('id')
    return row!.id
  }

  /** A draft of this user's: someone else's draft is as good as absent. */
  async findForUser(id: string, userId: string, trx?: Knex.Transaction): Promise<EventDraft | undefined> {
    const row = await (trx ?? this.db)('event_drafts').where({ id, user_id: userId }).first()
    return row && toDraft(row)
  }

  /** Changes this user has started to one of their events and not yet sent, newest first. */
  async amendmentsOf(userId: string, eventId: string): Promise<EventDraft[]> {
    const rows = await this.db('event_drafts')
      .where({ user_id: userId, event_id: eventId })
      .orderBy('updated_at', 'desc')
    return rows.map(toDraft)
  }

  /** Reads the draft and holds it until the transaction ends, so two saves cannot interleave. */
  async findForUpdate(id: string, userId: string, trx: Knex.Transaction): Promise<EventDraft | undefined> {
    const row = await trx('event_drafts').where({ id, user_id: userId }).forUpdate().first()
    return row && toDraft(row)
  }

  async save(
    id: string,
    change: { answers: EventAnswers; visited: string[]; hiddenWords?: string[]; baseRevision?: number },
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('event_drafts')
      .where({ id })
      .update({
        answers: JSON.stringify(change.answers) as unknown as EventAnswers,
        visited: change.visited,
        ...(change.hiddenWords === undefined ? {} : { hidden_words: change.hiddenWords }),
        ...(change.baseRevision === undefined ? {} : { base_revision: change.baseRevision }),
        updated_at: trx.fn.now(),
      })
  }

  async delete(id: string, userId: string, trx?: Knex.Transaction): Promise<boolean> {
    return (await (trx ?? this.db)('event_drafts').where({ id, user_id: userId }).delete()) > 0
  }

  /** New records not yet submitted (amendments are shown with their event), newest first. */
  async listNew(userId: string, filters: RecordFilters, page: Page): Promise<DraftListing> {
    const query = applyRecordFilters(
      this.db('event_drafts').where({ user_id: userId }).whereNull('event_id'),
      filters,
      {
        answers: 'answers',
        date: 'updated_at',
      },
    )
    const [rows, count] = await Promise.all([
      query.clone().orderBy('updated_at', 'desc').limit(page.limit).offset(page.offset),
      query.clone().count<{ count: string }[]>('* as count'),
    ])
    return { drafts: rows.map(toDraft), total: Number(count[0]?.count ?? 0) }
  }
}

function toDraft(row: EventDraftRow): EventDraft {
  return {
    id: row.id,
    userId: row.user_id,
    eventId: row.event_id,
    baseRevision: row.base_revision,
    answers: row.answers,
    visited: row.visited,
    hiddenWords: row.hidden_words,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}
