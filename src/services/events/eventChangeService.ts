import type { Knex } from 'knex'
import { changedQuestions } from '../../domain/eventForm/changedQuestions'
import { eventTypeOf, type EventAnswers } from '../../domain/eventForm/eventAnswers'
import { pagesFor, storedEventContext } from '../../domain/eventForm/flow'
import { canRecordFor } from '../../domain/eventForm/organisationChoice'
import { IncompleteRecordError, organisationClosedProblem } from '../../domain/eventForm/recordProblems'
import { reasonRequiredFor, type ChangeSource } from '../../domain/events/eventChanges'
import { eventColumns } from '../../domain/events/eventColumns'
import type { Permissions, ScopedEvent } from '../../domain/permissions/permissions'
import type { Clock } from '../../domain/time/clock'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { EventRepository, StoredEvent } from '../../repositories/eventRepository'
import type { EventTimelineRepository } from '../../repositories/eventTimelineRepository'
import type { OrganisationRepository } from '../../repositories/organisationRepository'
import { completeAnswers } from '../../domain/eventForm/completeAnswers'
import type { EventRedactor } from './eventRedactor'
import { scoped } from './scopedEvent'

/** A change to a submitted event, as whoever makes it asks for it. */
export interface EventUpdate {
  eventId: string
  /** The version the change was made from: if the event moved on since, nothing is saved. */
  baseRevision: number
  answers: EventAnswers
  /** Words to hide from others as well; only the recorder changes them. */
  hiddenWords?: readonly string[]
  source: ChangeSource
  reason?: string | null
  requestId?: string
}

export type UpdateResult =
  | { outcome: 'saved' | 'unchanged'; event: StoredEvent }
  /** The event was saved by someone else since the change began. */
  | { outcome: 'conflict'; event: StoredEvent }
  /** The event is not this person's to change in its status, or through this source. */
  | { outcome: 'notAllowed' }
  | { outcome: 'reasonRequired' }

/**
 * The one path for every change to a submitted event, whoever makes it (its recorder, a reviewer, a
 * local risk system): checks the person may, refuses a change made from an older version, validates
 * the whole record, redacts it again, and writes the next version with who, why and through what, the
 * event's timeline and the audit log, all in one transaction with the event's row locked.
 */
export class EventChangeService {
  constructor(
    private readonly db: Knex,
    private readonly clock: Clock,
    private readonly redactor: EventRedactor,
    private readonly events: EventRepository,
    private readonly organisations: OrganisationRepository,
    private readonly timeline: EventTimelineRepository,
    private readonly audit: AuditRepository,
  ) {}

  async applyUpdate(permissions: Permissions, update: EventUpdate, outer?: Knex.Transaction): Promise<UpdateResult> {
    const inTransaction = (work: (trx: Knex.Transaction) => Promise<UpdateResult>) =>
      outer ? work(outer) : this.db.transaction(work)
    return inTransaction(async trx => {
      const event = await this.events.findForUpdate(update.eventId, trx)
      if (!event || !this.mayChange(permissions, event, update.source)) return { outcome: 'notAllowed' }
      if (event.revision !== update.baseRevision) return { outcome: 'conflict', event }
      const reason = update.reason?.trim() || null
      if (!reason && reasonRequiredFor(update.source)) return { outcome: 'reasonRequired' }

      const context = storedEventContext(event.source)
      const answers = completeAnswers(update.answers, context)
      const placed = { ...event, ...(await this.placementOf(answers, event, trx)) }
      if (placed.organisationId !== event.organisationId && !this.mayChange(permissions, placed, update.source)) {
        return { outcome: 'notAllowed' }
      }
      const hiddenWords = update.source === 'recorder' ? (update.hiddenWords ?? event.hiddenWords) : event.hiddenWords
      const changes = changedQuestions(
        event.answers,
        answers,
        pagesFor(event.answers, context),
        pagesFor(answers, context),
      )
      if (!changes.length && hiddenWords.join('\n') === event.hiddenWords.join('\n')) {
        return { outcome: 'unchanged', event }
      }

      const revision = event.revision + 1
      const actor = permissions.user.id
      const at = this.clock.now()
      const redaction = await this.redactor.redact({ ...placed, answers, hiddenWords }, trx)
      await this.events.update(
        event.id,
        {
          organisationId: placed.organisationId,
          answers,
          revision,
          eventType: eventTypeOf(answers)!,
          updatedAt: at,
          ...redaction,
          ...eventColumns(answers),
        },
        trx,
      )
      await this.events.addRevision(
        { eventId: event.id, revision, answers, changedBy: actor, changes, source: update.source, reason, at },
        trx,
      )
      await this.timeline.add(event.id, { kind: 'updated', actorUserId: actor, revision, reason, at }, trx)
      await this.audit.record(
        {
          actorUserId: actor,
          action: 'event.updated',
          subjectType: 'event',
          subjectId: event.id,
          details: { reference: event.reference, revision, source: update.source, questionsChanged: changes.length },
          requestId: update.requestId,
        },
        trx,
      )
      return { outcome: 'saved', event: (await this.events.findById(event.id, trx))! }
    })
  }

  /** A recorder changes their own event; anyone else changes it as a reviewer or through a local system. */
  private mayChange(permissions: Permissions, event: ScopedEvent, source: ChangeSource): boolean {
    const scopedEvent = scoped(event)
    if ((source === 'recorder') !== permissions.isRecorderOf(scopedEvent)) return false
    return permissions.can('update', scopedEvent)
  }

  /** Where the answers place the event: its own organisation, or another that is open for recording. */
  private async placementOf(
    answers: EventAnswers,
    event: StoredEvent,
    trx: Knex.Transaction,
  ): Promise<Pick<ScopedEvent, 'organisationId' | 'icbId' | 'regionId'>> {
    const odsCode = answers.event.reporterOrganisation
    if (odsCode === event.organisationOdsCode) return event
    const organisation = typeof odsCode === 'string' ? await this.organisations.findByOdsCode(odsCode, trx) : undefined
    if (!organisation || !canRecordFor(organisation)) throw new IncompleteRecordError([organisationClosedProblem])
    return { organisationId: organisation.id, icbId: organisation.icbId, regionId: organisation.regionId }
  }
}
