import type { Permissions } from '../../domain/permissions/permissions'
import { downloadHeader, downloadLine } from '../../domain/events/eventDownload'
import type { AuditRepository } from '../../repositories/auditRepository'
import { mapFreeText } from '../../domain/eventForm/freeText'
import { storedEventContext } from '../../domain/eventForm/flow'
import type { EventList, EventRepository, EventRevision, StoredEvent } from '../../repositories/eventRepository'
import type { Page, RecordFilters } from '../../repositories/recordFilters'
import { scoped } from './scopedEvent'

/**
 * Events seen by people other than their recorder: organisations, ICBs, regions and those with
 * read-only access. Each look at an event is audited; events out of scope do not exist for them.
 */
export class EventOversightService {
  constructor(
    private readonly events: EventRepository,
    private readonly audit: AuditRepository,
  ) {}

  async list(
    permissions: Permissions,
    filters: Omit<RecordFilters, 'words'>,
    page: Page,
    requestId?: string,
  ): Promise<EventList> {
    const scope = permissions.eventScope('view')
    if (scope.organisationIds.length === 0) return { events: [], total: 0 }
    const listing = await this.events.listInScope(scope, filters, page)
    await this.audit.record({
      actorUserId: permissions.user.id,
      action: 'events.listed',
      subjectType: 'event',
      details: { eventIds: listing.events.map(event => event.id), total: listing.total },
      requestId,
    })
    return listing
  }

  /**
   * The event if the person may see it, after noting in the audit log that they did. Anyone but its
   * recorder gets the redacted copy of its answers, never the original.
   */
  async view(permissions: Permissions, eventId: string, requestId?: string): Promise<StoredEvent | undefined> {
    const event = await this.events.findById(eventId)
    if (!event || !permissions.can('view', scoped(event))) return undefined
    if (event.recordedBy !== permissions.user.id) {
      await this.audit.record({
        actorUserId: permissions.user.id,
        action: 'event.viewed',
        subjectType: 'event',
        subjectId: event.id,
        details: { revision: event.revision },
        requestId,
      })
      return asOthersSeeIt(event)
    }
    return event
  }

  /**
   * The download of every event in scope matching the filters, line by line, noted in the audit log
   * with how many events it held once it is complete.
   */
  async *download(
    permissions: Permissions,
    filters: Omit<RecordFilters, 'words'>,
    typeNames: Readonly<Record<string, string>>,
    requestId?: string,
  ): AsyncGenerator<string> {
    const scope = permissions.eventScope('download')
    yield downloadHeader
    let count = 0
    if (scope.organisationIds.length > 0) {
      for await (const batch of this.events.downloadInScope(scope, filters)) {
        count += batch.length
        yield batch.map(event => downloadLine(event, typeNames)).join('')
      }
    }
    await this.audit.record({
      actorUserId: permissions.user.id,
      action: 'events.downloaded',
      subjectType: 'event',
      details: { count, filters },
      requestId,
    })
  }

  /** Who saved each version and what they changed; the versions' answers stay with the recorder. */
  async revisions(eventId: string): Promise<Omit<EventRevision, 'answers'>[]> {
    return (await this.events.revisions(eventId)).map(({ answers: _answers, ...revision }) => revision)
  }
}

export const NOT_YET_REDACTED = 'Not shown yet: names and other details are still being removed from it'

/** The event with the redacted copy of its answers in place of the original; free text withheld until there is one. */
function asOthersSeeIt(event: StoredEvent): StoredEvent {
  const answers =
    event.redactedAnswers ?? mapFreeText(event.answers, storedEventContext(event.source), () => NOT_YET_REDACTED)
  return { ...event, answers, redactedAnswers: null }
}
