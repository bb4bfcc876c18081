import type { Knex } from 'knex'
import { changedQuestions } from '../../domain/eventForm/changedQuestions'
import { emptyAnswers, eventTypeOf, type EventAnswers } from '../../domain/eventForm/eventAnswers'
import { applicableAnswers, incompletePages, pagesFor, type RecordingContext } from '../../domain/eventForm/flow'
import type { QuestionPage } from '../../domain/eventForm/questionPage'
import { mergeAnswers } from '../../domain/eventForm/mergeAnswers'
import { eventRecordSchema } from '../../domain/eventForm/recordSchema'
import { eventColumns } from '../../domain/events/eventColumns'
import { newReferenceNumber } from '../../domain/events/referenceNumber'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { EventDraft, EventDraftRepository } from '../../repositories/eventDraftRepository'
import {
  ReferenceTakenError,
  type EventRepository,
  type EventRevision,
  type StoredEvent,
} from '../../repositories/eventRepository'
import type { OrganisationRepository } from '../../repositories/organisationRepository'
import type { OutboxRepository } from '../../repositories/outboxRepository'
import type { Page, RecordFilters } from '../../repositories/recordFilters'
import type { EventRedactor } from './eventRedactor'

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
  { outcome: 'saved'; event: StoredEvent } | { outcome: 'conflict'; event: StoredEvent; draft: EventDraft }

export interface AmendmentConflict {
  event: StoredEvent
  draft: EventDraft
  latest: EventRevision
  merged: EventAnswers
}

/** The record still needs answers: the pages that need them, in order. */
export class IncompleteRecordError extends Error {
  constructor(readonly pages: QuestionPage[]) {
    super('The record is not complete')
  }
}

const REFERENCE_ATTEMPTS = 5

/** Recording events: drafts, submission, and amendments by the person who recorded them. */
export class EventRecordingService {
  constructor(
    private readonly db: Knex,
    private readonly links: { serviceUrl: string },
    private readonly redactor: EventRedactor,
    private readonly drafts: EventDraftRepository,
    private readonly events: EventRepository,
    private readonly organisations: OrganisationRepository,
    private readonly outbox: OutboxRepository,
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
    const answers = this.completeAnswers(submission.answers, submission.context)
    const eventType = eventTypeOf(answers)!
    return this.db.transaction(async trx => {
      const existing = await this.events.findBySubmissionKey(submission.key, trx)
      if (existing) return existing
      const organisation = await this.organisations.findByOdsCode(answers.event.reporterOrganisation as string, trx)
      if (!organisation) throw new IncompleteRecordError([])
      const source = submission.recorder ? 'online' : 'anonymous'
      const recordedBy = submission.recorder?.userId ?? null
      const redaction = await this.redactor.redact(
        { organisationId: organisation.id, source, recordedBy, answers, hiddenWords: submission.hiddenWords },
        trx,
      )
      const id = await this.insertWithFreshReference(trx, {
        submissionKey: submission.key,
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
        { eventId: id, revision: 1, answers, changedBy: submission.recorder?.userId ?? null, changes: [] },
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

  /** An event the user recorded themselves; anyone else's is absent. */
  async ownEvent(userId: string, eventId: string): Promise<StoredEvent | undefined> {
    const event = await this.events.findById(eventId)
    return event?.recordedBy === userId ? event : undefined
  }

  /** Starts changing a submitted event: a draft holding its answers and the version it began from. */
  async startAmendment(userId: string, event: StoredEvent, context: RecordingContext): Promise<string> {
    const visited = pagesFor(event.answers, context).map(page => page.slug)
    return this.drafts.create({
      userId,
      answers: event.answers,
      visited,
      eventId: event.id,
      baseRevision: event.revision,
      hiddenWords: event.hiddenWords,
    })
  }

  /**
   * Saves an amendment as the event's next version, unless the event changed since the amendment
   * began: then nothing is saved and both versions come back, so the person can choose.
   */
  async submitAmendment(
    userId: string,
    draftId: string,
    context: RecordingContext,
    requestId?: string,
  ): Promise<AmendmentResult | undefined> {
    return this.db.transaction(async trx => {
      const draft = await this.drafts.findForUpdate(draftId, userId, trx)
      if (!draft?.eventId) return undefined
      const event = await this.events.findForUpdate(draft.eventId, trx)
      if (!event || event.recordedBy !== userId) return undefined
      if (event.revision !== draft.baseRevision) return { outcome: 'conflict', event, draft }
      const answers = this.completeAnswers(draft.answers, context)
      const changes = changedQuestions(
        event.answers,
        answers,
        pagesFor(event.answers, context),
        pagesFor(answers, context),
      )
      const hiddenWordsChanged = draft.hiddenWords.join('\n') !== event.hiddenWords.join('\n')
      if (changes.length || hiddenWordsChanged) {
        const revision = event.revision + 1
        const redaction = await this.redactor.redact({ ...event, answers, hiddenWords: draft.hiddenWords }, trx)
        await this.events.update(
          event.id,
          { answers, revision, eventType: eventTypeOf(answers)!, ...redaction, ...eventColumns(answers) },
          trx,
        )
        await this.events.addRevision({ eventId: event.id, revision, answers, changedBy: userId, changes }, trx)
        await this.audit.record(
          {
            actorUserId: userId,
            action: 'event.amended',
            subjectType: 'event',
            subjectId: event.id,
            details: { reference: event.reference, revision, questionsChanged: changes.length },
            requestId,
          },
          trx,
        )
      }
      await this.drafts.delete(draftId, userId, trx)
      return { outcome: 'saved', event: (await this.events.findById(event.id, trx))! }
    })
  }

  /**
   * An amendment whose event was saved again since it began: the saved version, the latest change,
   * and what keeping the person's changes would give (theirs applied to the saved version).
   */
  async conflictOf(userId: string, draftId: string): Promise<AmendmentConflict | undefined> {
    const draft = await this.drafts.findForUser(draftId, userId)
    const event = draft?.eventId ? await this.ownEvent(userId, draft.eventId) : undefined
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
  async keepMyChanges(userId: string, draftId: string): Promise<boolean> {
    const conflict = await this.conflictOf(userId, draftId)
    if (!conflict) return false
    return this.db.transaction(async trx => {
      const draft = await this.drafts.findForUpdate(draftId, userId, trx)
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

  private completeAnswers(answers: EventAnswers, context: RecordingContext): EventAnswers {
    const pages = pagesFor(answers, context)
    const incomplete = incompletePages(pages, answers)
    if (incomplete.length || !eventTypeOf(answers)) throw new IncompleteRecordError(incomplete)
    return eventRecordSchema.parse(applicableAnswers(answers, pages)) as EventAnswers
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
