import type { Knex } from 'knex'
import type { EventRow, EventSource } from '../db/tables'
import type { EventAnswers, EventType } from '../domain/eventForm/eventAnswers'
import type { ChangeSource } from '../domain/events/eventChanges'
import type { EventColumns } from '../domain/events/eventColumns'
import type { DownloadRow } from '../domain/events/eventDownload'
import type { EventScope } from '../domain/permissions/permissions'
import { applyRecordFilters, type Page, type RecordFilters } from './recordFilters'
import { personName } from './personName'

export interface StoredEvent {
  id: string
  reference: string
  organisationId: number
  organisationName: string
  organisationOdsCode: string
  /** The ICB and region of the event's organisation, which decide who oversees it. */
  icbId: number | null
  regionId: number | null
  eventType: EventType
  source: EventSource
  status: string
  recordedBy: string | null
  revision: number
  recordedAt: Date
  updatedAt: Date
  answers: EventAnswers
  /** What everyone but the recorder sees; absent until the event has been redacted. */
  redactedAnswers: EventAnswers | null
  hiddenWords: string[]
}

export interface EventList {
  events: StoredEvent[]
  total: number
}

/** An event as a download carries it, with its id to page on. */
export interface DownloadedEvent extends DownloadRow {
  id: string
}

export interface EventRevision {
  revision: number
  answers: EventAnswers
  changedBy: string | null
  changedByName: string | null
  changedAt: Date
  changes: string[]
  reason: string | null
  source: ChangeSource
}

/** A version being saved: who made it, through what, why, and which questions it changed. */
export interface NewRevision {
  eventId: string
  revision: number
  answers: EventAnswers
  changedBy: string | null
  changes: string[]
  source: ChangeSource
  reason?: string | null
  at: Date
}

/** The redacted copy of an event's answers, with the version of the rules that made it. */
export interface Redaction {
  redactedAnswers: EventAnswers
  redactorVersion: number
  hiddenWords: string[]
}

export interface NewEvent extends EventColumns, Redaction {
  reference: string
  recordedAt: Date
  submissionKey: string
  organisationId: number
  eventType: EventType
  source: EventSource
  recordedBy: string | null
  answers: EventAnswers
}

/** What a new version of an event changes in its row. */
export interface EventChange extends EventColumns, Redaction {
  organisationId: number
  answers: EventAnswers
  revision: number
  eventType: EventType
  updatedAt: Date
}

/** An event whose redacted copy was made by older rules, or not yet made. */
export interface EventToRedact {
  id: string
  organisationId: number
  source: EventSource
  recordedBy: string | null
  answers: EventAnswers
  hiddenWords: string[]
}

const REFERENCE_TAKEN = 'events_reference_unique'

export class EventRepository {
  constructor(private readonly db: Knex) {}

  /**
   * Inserts the event unless its submission key was used before. Returns the new id, undefined when
   * the key was already used, and throws ReferenceTakenError when the reference was.
   */
  async insert(event: NewEvent, trx: Knex.Transaction): Promise<string | undefined> {
    const { reference, recordedAt, submissionKey, organisationId, eventType, source, recordedBy, answers, ...rest } =
      event
    const { redactedAnswers, redactorVersion, hiddenWords, ...columns } = rest
    try {
      const rows = await trx('events')
        .insert({
          reference,
          recorded_at: recordedAt,
          updated_at: recordedAt,
          submission_key: submissionKey,
          organisation_id: organisationId,
          event_type: eventType,
          source,
          recorded_by: recordedBy,
          answers: JSON.stringify(answers) as unknown as EventAnswers,
          ...redactionColumns({ redactedAnswers, redactorVersion, hiddenWords }),
          ...columns,
        })
        .onConflict('submission_key')
        .ignore()
        .returning('id')
      return rows[0]?.id
    } catch (error) {
      if ((error as { constraint?: string }).constraint === REFERENCE_TAKEN) throw new ReferenceTakenError()
      throw error
    }
  }

  async findBySubmissionKey(key: string, trx?: Knex.Transaction): Promise<StoredEvent | undefined> {
    return this.findWhere({ 'events.submission_key': key }, trx)
  }

  async findById(id: string, trx?: Knex.Transaction): Promise<StoredEvent | undefined> {
    return this.findWhere({ 'events.id': id }, trx)
  }

  /** Locks the event's row until the transaction ends, so two amendments cannot interleave. */
  async findForUpdate(id: string, trx: Knex.Transaction): Promise<StoredEvent | undefined> {
    const row = await trx('events').where({ id }).forUpdate().first('id')
    return row && this.findById(id, trx)
  }

  async update(id: string, change: EventChange, trx: Knex.Transaction): Promise<void> {
    const { organisationId, answers, revision, eventType, updatedAt, ...rest } = change
    const { redactedAnswers, redactorVersion, hiddenWords, ...columns } = rest
    await trx('events')
      .where({ id })
      .update({
        ...columns,
        ...redactionColumns({ redactedAnswers, redactorVersion, hiddenWords }),
        organisation_id: organisationId,
        event_type: eventType,
        revision,
        answers: JSON.stringify(answers) as unknown as EventAnswers,
        updated_at: updatedAt,
      })
  }

  /** Events redacted by rules older than `version` (or never), a batch at a time. */
  async redactedBefore(version: number, limit: number): Promise<EventToRedact[]> {
    const rows = await this.db('events')
      .whereNull('redactor_version')
      .orWhere('redactor_version', '<', version)
      .orderByRaw('redactor_version nulls first, id')
      .limit(limit)
      .select('id', 'organisation_id', 'source', 'recorded_by', 'answers', 'hidden_words')
    return rows.map(row => ({
      id: row.id,
      organisationId: row.organisation_id,
      source: row.source,
      recordedBy: row.recorded_by,
      answers: row.answers,
      hiddenWords: row.hidden_words,
    }))
  }

  /** Stores a fresh redacted copy, unless the event changed since it was read (its own save redacted it). */
  async storeRedaction(id: string, redaction: Redaction, readAnswers: EventAnswers): Promise<void> {
    await this.db('events')
      .where({ id })
      .andWhereRaw('answers = ?::jsonb', [JSON.stringify(readAnswers)])
      .update(redactionColumns(redaction))
  }

  async addRevision(revision: NewRevision, trx: Knex.Transaction): Promise<void> {
    await trx('event_revisions').insert({
      event_id: revision.eventId,
      revision: revision.revision,
      answers: JSON.stringify(revision.answers) as unknown as EventAnswers,
      changed_by: revision.changedBy,
      changes: JSON.stringify(revision.changes) as unknown as string[],
      source: revision.source,
      reason: revision.reason ?? null,
      changed_at: revision.at,
    })
  }

  async revisions(eventId: string): Promise<EventRevision[]> {
    const rows = await this.db('event_revisions')
      .leftJoin('users', 'users.id', 'event_revisions.changed_by')
      .where('event_revisions.event_id', eventId)
      .orderBy('event_revisions.revision', 'desc')
      .select(
        'event_revisions.revision',
        'event_revisions.answers',
        'event_revisions.changed_by',
        'event_revisions.changed_at',
        'event_revisions.changes',
        'event_revisions.reason',
        'event_revisions.source',
        personName(this.db, 'users', 'changed_by_name'),
      )
    return rows.map(row => ({
      revision: row.revision,
      answers: row.answers,
      changedBy: row.changed_by,
      changedByName: row.changed_by_name,
      changedAt: row.changed_at,
      changes: row.changes,
      reason: row.reason,
      source: row.source,
    }))
  }

  /** Events this person recorded, newest first. */
  async listRecordedBy(userId: string, filters: RecordFilters, page: Page): Promise<EventList> {
    return this.list(this.baseQuery().where('events.recorded_by', userId), filters, page)
  }

  /**
   * Events of the given organisations and of every organisation in the given ICBs and regions,
   * newest first. Words are not searched here: reviewers' searches must not reach text they cannot see.
   */
  async listInScope(scope: EventScope, filters: Omit<RecordFilters, 'words'>, page: Page): Promise<EventList> {
    return this.list(this.baseQuery().where(inScope(scope)), filters, page)
  }

  /**
   * Every event in scope matching the filters, in pages of `batchSize` from the newest, without
   * answers: the columns a download carries. Keyset pages keep each query quick however far in.
   */
  async *downloadInScope(
    scope: EventScope,
    filters: Omit<RecordFilters, 'words'>,
    batchSize = 1000,
  ): AsyncGenerator<DownloadedEvent[]> {
    // The time as text keeps its microseconds, which a Date would lose and so skip or repeat rows.
    let after: { recordedAt: string; id: string } | undefined
    for (;;) {
      const query = this.db('events')
        .join('organisations', 'organisations.id', 'events.organisation_id')
        .where(inScope(scope))
      applyRecordFilters(query, filters, { answers: 'events.answers', date: 'events.recorded_at' })
      if (filters.reference) query.where('events.reference', filters.reference)
      if (after) query.whereRaw('(events.recorded_at, events.id) < (?::timestamptz, ?)', [after.recordedAt, after.id])
      const rows: (DownloadedEvent & { cursor: string })[] = await query
        .orderBy([
          { column: 'events.recorded_at', order: 'desc' },
          { column: 'events.id', order: 'desc' },
        ])
        .limit(batchSize)
        .select(
          'events.id as id',
          'events.reference as reference',
          'organisations.ods_code as organisationOdsCode',
          'organisations.name as organisationName',
          'events.event_type as eventType',
          'events.status as status',
          'events.source as source',
          'events.recorded_at as recordedAt',
          'events.occurred_from as occurredFrom',
          'events.occurred_to as occurredTo',
          'events.highest_physical_harm as physicalHarm',
          'events.highest_psychological_harm as psychologicalHarm',
          'events.patient_count as patientCount',
          'events.revision as revision',
          this.db.raw('events.recorded_at::text as cursor'),
        )
      if (rows.length === 0) return
      yield rows.map(({ cursor: _cursor, ...event }) => event)
      const last = rows[rows.length - 1]!
      after = { recordedAt: last.cursor, id: last.id }
    }
  }

  private async list(query: Knex.QueryBuilder, filters: RecordFilters, page: Page): Promise<EventList> {
    applyRecordFilters(query, filters, { answers: 'events.answers', date: 'events.recorded_at' })
    if (filters.reference) query.where('events.reference', filters.reference)
    const [rows, count] = await Promise.all([
      query.clone().orderBy('events.recorded_at', 'desc').limit(page.limit).offset(page.offset),
      query.clone().clearSelect().count<{ count: string }[]>('* as count'),
    ])
    return { events: (rows as EventWithOrganisation[]).map(toEvent), total: Number(count[0]?.count ?? 0) }
  }

  private async findWhere(where: Record<string, string>, trx?: Knex.Transaction): Promise<StoredEvent | undefined> {
    const row = await this.baseQuery(trx).where(where).first()
    return row && toEvent(row)
  }

  private baseQuery(trx?: Knex.Transaction) {
    return (trx ?? this.db)('events')
      .join('organisations', 'organisations.id', 'events.organisation_id')
      .select<EventWithOrganisation[]>(
        'events.*',
        'organisations.name as organisation_name',
        'organisations.ods_code as organisation_ods_code',
        'organisations.icb_id as organisation_icb_id',
        'organisations.region_id as organisation_region_id',
      )
  }
}

function redactionColumns(redaction: Redaction) {
  return {
    redacted_answers: JSON.stringify(redaction.redactedAnswers) as unknown as EventAnswers,
    redactor_version: redaction.redactorVersion,
    hidden_words: redaction.hiddenWords,
  }
}

/** Events of the scope's organisations, and of every organisation in its ICBs and regions. */
function inScope(scope: EventScope) {
  return (query: Knex.QueryBuilder) => {
    query.whereIn('events.organisation_id', scope.organisationIds)
    if (scope.icbIds.length) query.orWhereIn('organisations.icb_id', scope.icbIds)
    if (scope.regionIds.length) query.orWhereIn('organisations.region_id', scope.regionIds)
  }
}

export class ReferenceTakenError extends Error {
  constructor() {
    super('The reference number was already taken')
  }
}

type EventWithOrganisation = EventRow & {
  organisation_name: string
  organisation_ods_code: string
  organisation_icb_id: number | null
  organisation_region_id: number | null
}

function toEvent(row: EventWithOrganisation): StoredEvent {
  return {
    id: row.id,
    reference: row.reference,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    organisationOdsCode: row.organisation_ods_code,
    icbId: row.organisation_icb_id,
    regionId: row.organisation_region_id,
    eventType: row.event_type,
    source: row.source,
    status: row.status,
    recordedBy: row.recorded_by,
    revision: row.revision,
    recordedAt: row.recorded_at,
    updatedAt: row.updated_at,
    answers: row.answers,
    redactedAnswers: row.redacted_answers,
    hiddenWords: row.hidden_words,
  }
}
