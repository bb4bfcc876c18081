import type { Knex } from 'knex'
import type { EventAnswers } from '../../domain/eventForm/eventAnswers'
import { storedEventContext } from '../../domain/eventForm/flow'
import { redactAnswers } from '../../domain/events/redactAnswers'
import { REDACTOR_VERSION, type KnownIdentifiers } from '../../domain/redaction'
import type { EventRepository, EventToRedact, Redaction } from '../../repositories/eventRepository'
import type { MembershipRepository } from '../../repositories/membershipRepository'
import type { UserRepository } from '../../repositories/userRepository'

/** What decides an event's redacted copy. */
export interface EventToBeRedacted {
  /** Absent while a record being written has no organisation yet. */
  organisationId: number | null
  source: string
  recordedBy: string | null
  answers: EventAnswers
  hiddenWords: readonly string[]
}

const STALE_BATCH = 200

/**
 * Makes the copy of an event that everyone but its recorder sees: free text with names and other
 * identifiers replaced, knowing the recorder's name and the names of the organisation's users, plus
 * any words the recorder asked to hide. Runs on every write of an event, and again over stored events
 * whenever the rules change.
 */
export class EventRedactor {
  constructor(
    private readonly events: EventRepository,
    private readonly memberships: MembershipRepository,
    private readonly users: UserRepository,
  ) {}

  async redact(event: EventToBeRedacted, trx?: Knex.Transaction): Promise<Redaction> {
    const known = await this.knownFor(event, trx)
    return {
      redactedAnswers: redactAnswers(event.answers, storedEventContext(event.source), known),
      redactorVersion: REDACTOR_VERSION,
      hiddenWords: [...event.hiddenWords],
    }
  }

  /** Redacts again every stored event redacted by older rules (or never); returns how many. */
  async redactStale(): Promise<number> {
    let count = 0
    for (;;) {
      const batch: EventToRedact[] = await this.events.redactedBefore(REDACTOR_VERSION, STALE_BATCH)
      if (batch.length === 0) return count
      for (const event of batch) {
        await this.events.storeRedaction(event.id, await this.redact(event), event.answers)
      }
      count += batch.length
      // An event changed while being read is left for its own save, which redacts it: stop rather than loop.
      if (batch.length < STALE_BATCH) return count
    }
  }

  private async knownFor(event: EventToBeRedacted, trx?: Knex.Transaction): Promise<KnownIdentifiers> {
    const [members, recorder] = await Promise.all([
      event.organisationId === null ? [] : this.memberships.membersOf(event.organisationId, trx),
      event.recordedBy ? this.users.findById(event.recordedBy, trx) : undefined,
    ])
    return {
      reporterName: recorder ? `${recorder.firstName} ${recorder.lastName}` : undefined,
      staffNames: members.map(member => `${member.firstName} ${member.lastName}`),
      markedWords: [...event.hiddenWords],
    }
  }
}
