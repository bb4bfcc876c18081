import type { Knex } from 'knex'
import { completeAnswers } from '../../domain/eventForm/completeAnswers'
import { emptyAnswers, eventTypeOf, type EventAnswers } from '../../domain/eventForm/eventAnswers'
import { pagesFor, storedEventContext, type RecordingContext } from '../../domain/eventForm/flow'
import { mergeAnswers } from '../../domain/eventForm/mergeAnswers'
import { canRecordFor } from '../../domain/eventForm/organisationChoice'
import { IncompleteRecordError, organisationClosedProblem } from '../../domain/eventForm/recordProblems'
import { eventColumns } from '../../domain/events/eventColumns'
import { newReferenceNumber } from '../../domain/events/referenceNumber'
import type { Permissions } from '../../domain/permissions/permissions'
import type { Clock } from '../../domain/time/clock'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { EventDraft, EventDraftRepository } from '../../repositories/eventDraftRepository'
import {
  ReferenceTakenError,
  type EventRepository,
  type EventRevision,
  type StoredEvent,
} from '../../repositories/eventRepository'
import type { EventTimelineRepository } from '../../repositories/eventTimelineRepository'
import type { OrganisationRepository } from '../../repositories/organisationRepository'
import type { OutboxRepository } from '../../repositories/outboxRepository'
import type { Page, RecordFilters } from '../../repositories/recordFilters'
import type { EventChangeService } from './eventChangeService'
import type { EventRedactor } from './eventRedactor'
import { scoped } from './scopedEvent'

/** A record being written: its answers, the pages already seen, and words its recorder asked to hide. */
export interface RecordInProgress {
  answers: EventAnswers
  visited: string[]
  hiddenWords: string[]
}

export interface Submission extends RecordInProgress {
  /** The draft or anonymous record's id: the same key submitted again finds the same event. */
  key: string
  context: RecordingContext
  /** Absent for anonymous records. */
  recorder?: { userId: string; email: string }
  requestId?: string
}

export type AmendmentResult =
  | { outcome: 'saved'; event: StoredEvent }
  | { outcome: 'conflict'; event: StoredEvent; draft: EventDraft }
  /** The event may no longer be changed, such as once its review is complete. */
  | { outcome: 'notAllowed' }

export interface AmendmentConflict {
  event: StoredEvent
  draft: EventDraft
  latest: EventRevision
  merged: EventAnswers
}

const REFERENCE_ATTEMPTS = 5

/** Recording events: drafts, submission, and amendments by the person who recorded them. */
export class EventRecordingService {
  constructor(
    private readonly db: Knex,
    private readonly clock: Clock,
    private readonly links: { serviceUrl: string },
    private readonly redactor: EventRedactor,
    private readonly changes: EventChangeService,
    private readonly drafts: EventDraftRepository,
    private readonly events: EventRepository,
    private readonly organisations: OrganisationRepository,
    private readonly outbox: OutboxRepository,
    private readonly timeline: EventTimelineRepository,
    private readonly audit: AuditRepository,
  ) {}

  async startDraft(userId: string, answers: EventAnswers = emptyAnswers()): Promise<string> {
    return this.drafts.create({ userId, answers })
  }

  async findDraft(userId: string, draftId: string): Promise<EventDraft | undefined> {
    return this.drafts.findForUser(draftId, userId)
  }

  /** Changes a draft under a row lock, so answers saved from two tabs are merged, not lost. */
  async updateDraft(
    userId: string,
    draftId: string,
    change: (record: RecordInProgress) => RecordInProgress,
  ): Promise<RecordInProgress | undefined> {
    return this.db.transaction(async trx => {
      const draft = await this.drafts.findForUpdate(draftId, userId, trx)
      if (!draft) return undefined
      const changed = change({ answers: draft.answers, visited: draft.visited, hiddenWords: draft.hiddenWords })
      await this.drafts.save(draftId, changed, trx)
      return changed
    })
  }

  async deleteDraft(userId: string, draftId: string, requestId?: string): Promise<boolean> {
    return this.db.transaction(async trx => {
      const deleted = await this.drafts.delete(draftId, userId, trx)
      if (deleted) {
        await this.audit.record(
          {
            actorUserId: userId,
            action: 'event-draft.deleted',
            subjectType: 'event_draft',
            subjectId: draftId,
            requestId,
          },
          trx,
        )
      }
      return deleted
    })
  }

  /** The event a key already created, so a repeated submission lands on its confirmation. */
  async findSubmitted(key: string): Promise<StoredEvent | undefined> {
    return this.events.findBySubmissionKey(key)
  }

  /**
   * Records the event once, however many times the same key is submitted: checks it is complete,
   * stores it with its first version, removes the draft, audits it and queues the confirmation
   * email, all in one transaction.
   */
  async submit(submission: Submission): Promise<StoredEvent> {
    const answers = completeAnswers(submission.answers, submission.context)
    const eventType = eventTypeOf(answers)!
    return this.db.transaction(async trx => {
      const existing = await this.events.findBySubmissionKey(submission.key, trx)
      if (existing) return existing
      const organisation = await this.organisations.findByOdsCode(answers.event.reporterOrganisation as string, trx)
      if (!canRecordFor(organisation)) throw new IncompleteRecordError([organisationClosedProblem])
      const source = submission.recorder ? 'online' : 'anonymous'
      const recordedBy = submission.recorder?.userId ?? null
      const redaction = await this.redactor.redact(
        { organisationId: organisation.id, source, recordedBy, answers, hiddenWords: submission.hiddenWords },
        trx,
      )
      const recordedAt = this.clock.now()
      const id = await this.insertWithFreshReference(trx, {
        submissionKey: submission.key,
        recordedAt,
        organisationId: organisation.id,
        eventType,
        source,
        recordedBy,
        answers,
        ...redaction,
        ...eventColumns(answers),
      })
      // Someone else's transaction used the key first: theirs is the event.
      if (!id) return (await this.events.findBySubmissionKey(submission.key, trx))!
      await this.events.addRevision(
        { eventId: id, revision: 1, answers, changedBy: recordedBy, changes: [], source: 'recorder', at: recordedAt },
        trx,
      )
      await this.timeline.add(
        id,
        { kind: 'recorded', actorUserId: recordedBy, revision: 1, toStatus: 'submitted', at: recordedAt },
        trx,
      )
      const event = (await this.events.findById(id, trx))!
      if (submission.recorder) {
        await this.drafts.delete(submission.key, submission.recorder.userId, trx)
        await this.outbox.enqueue(
          {
            template: 'eventRecorded',
            recipient: submission.recorder.email,
            personalisation: { reference: event.reference, eventUrl: `${this.links.serviceUrl}/events/${event.id}` },
          },
          trx,
        )
      }
      await this.audit.record(
        {
          actorUserId: submission.recorder?.userId ?? null,
          action: 'event.submitted',
          subjectType: 'event',
          subjectId: id,
          details: { reference: event.reference, eventType, source: event.source },
          requestId: submission.requestId,
        },
        trx,
      )
      return event
    })
  }

  /** What everyone but the recorder will see of a record once it is submitted: its free text redacted. */
  async othersWillSee(record: RecordInProgress, context: RecordingContext, recorderId: string | null) {
    const odsCode = record.answers.event.reporterOrganisation
    const organisation = typeof odsCode === 'string' ? await this.organisations.findByOdsCode(odsCode) : undefined
    const { redactedAnswers } = await this.redactor.redact({
      organisationId: organisation?.id ?? null,
      source: context.anonymous ? 'anonymous' : 'online',
      recordedBy: recorderId,
      answers: record.answers,
      hiddenWords: record.hiddenWords,
    })
    return redactedAnswers
  }

  /** Any event by id, for the browser session that recorded it anonymously. */
  async findEvent(eventId: string): Promise<StoredEvent | undefined> {
    return this.events.findById(eventId)
  }

  /** An event the person recorded themselves; anyone else's is absent. */
  async recordedEvent(permissions: Permissions, eventId: string): Promise<StoredEvent | undefined> {
    const event = await this.events.findById(eventId)
    return event && permissions.isRecorderOf(event) ? event : undefined
  }

  /**
   * Starts changing a submitted event: a draft holding its answers and the version it began from.
   * Undefined when the event may no longer be changed, such as once its review is complete.
   */
  async startAmendment(permissions: Permissions, event: StoredEvent): Promise<string | undefined> {
    if (!permissions.isRecorderOf(event) || !permissions.can('update', scoped(event))) return undefined
    const visited = pagesFor(event.answers, storedEventContext(event.source)).map(page => page.slug)
    return this.drafts.create({
      userId: permissions.user.id,
      answers: event.answers,
      visited,
      eventId: event.id,
      baseRevision: event.revision,
      hiddenWords: event.hiddenWords,
    })
  }

  /**
   * Saves an amendment as the event's next version through the one path every change takes, unless
   * the event changed since the amendment began (both versions come back, so the person can choose)
   * or may no longer be changed (the amendment is kept, and nothing is saved).
   */
  async submitAmendment(
    permissions: Permissions,
    draftId: string,
    requestId?: string,
  ): Promise<AmendmentResult | undefined> {
    const userId = permissions.user.id
    return this.db.transaction(async trx => {
      const draft = await this.drafts.findForUpdate(draftId, userId, trx)
      if (!draft?.eventId || draft.baseRevision === null) return undefined
      const result = await this.changes.applyUpdate(
        permissions,
        {
          eventId: draft.eventId,
          baseRevision: draft.baseRevision,
          answers: draft.answers,
          hiddenWords: draft.hiddenWords,
          source: 'recorder',
          requestId,
        },
        trx,
      )
      if (result.outcome === 'conflict') return { outcome: 'conflict', event: result.event, draft }
      if (result.outcome !== 'saved' && result.outcome !== 'unchanged') return { outcome: 'notAllowed' }
      await this.drafts.delete(draftId, userId, trx)
      return { outcome: 'saved', event: result.event }
    })
  }

  /**
   * An amendment whose event was saved again since it began: the saved version, the latest change,
   * and what keeping the person's changes would give (theirs applied to the saved version).
   */
  async conflictOf(permissions: Permissions, draftId: string): Promise<AmendmentConflict | undefined> {
    const draft = await this.drafts.findForUser(draftId, permissions.user.id)
    const event = draft?.eventId ? await this.recordedEvent(permissions, draft.eventId) : undefined
    if (!draft || !event || event.revision === draft.baseRevision) return undefined
    const revisions = await this.events.revisions(event.id)
    const base = revisions.find(revision => revision.revision === draft.baseRevision)
    return {
      event,
      draft,
      latest: revisions[0]!,
      merged: mergeAnswers(base?.answers ?? event.answers, draft.answers, event.answers),
    }
  }

  /** After a conflict, the person keeps their changes, applied to the latest version, which the amendment now builds on. */
  async keepMyChanges(permissions: Permissions, draftId: string): Promise<boolean> {
    const conflict = await this.conflictOf(permissions, draftId)
    if (!conflict) return false
    return this.db.transaction(async trx => {
      const draft = await this.drafts.findForUpdate(draftId, permissions.user.id, trx)
      if (draft?.baseRevision !== conflict.draft.baseRevision) return false
      const change = { answers: conflict.merged, visited: draft.visited, baseRevision: conflict.event.revision }
      await this.drafts.save(draftId, change, trx)
      return true
    })
  }

  async listDrafts(userId: string, filters: RecordFilters, page: Page) {
    return this.drafts.listNew(userId, filters, page)
  }

  async listSubmitted(userId: string, filters: RecordFilters, page: Page) {
    return this.events.listRecordedBy(userId, filters, page)
  }

  async revisions(eventId: string) {
    return this.events.revisions(eventId)
  }

  async amendmentsInProgress(userId: string, eventId: string): Promise<EventDraft[]> {
    return this.drafts.amendmentsOf(userId, eventId)
  }

  private async insertWithFreshReference(
    trx: Knex.Transaction,
    event: Omit<Parameters<EventRepository['insert']>[0], 'reference'>,
  ): Promise<string | undefined> {
    for (let attempt = 1; ; attempt++) {
      try {
        // A savepoint, so a reference already taken does not end the whole transaction.
        return await trx.transaction(savepoint =>
          this.events.insert({ ...event, reference: newReferenceNumber() }, savepoint),
        )
      } catch (error) {
        if (!(error instanceof ReferenceTakenError) || attempt === REFERENCE_ATTEMPTS) throw error
      }
    }
  }
}
