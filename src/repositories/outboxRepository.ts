import type { Knex } from 'knex'
import type { EmailOutboxRow } from '../db/tables'
import type { EmailTemplateName, Personalisation } from '../domain/email/emailTemplates'

export interface OutgoingEmail {
  id: string
  template: EmailTemplateName
  recipient: string
  personalisation: Record<string, string>
  attempts: number
}

export interface ParkedEmail {
  id: string
  template: EmailTemplateName
  recipient: string
  attempts: number
  lastError: string | null
  parkedAt: Date
}

export class OutboxRepository {
  constructor(private readonly db: Knex) {}

  /** Queues an email; pass the transaction of the change that causes it. */
  async enqueue<Name extends EmailTemplateName>(
    email: { template: Name; recipient: string; personalisation: Personalisation<Name> },
    trx?: Knex.Transaction,
  ): Promise<void> {
    await (trx ?? this.db)('email_outbox').insert({
      template: email.template,
      recipient: email.recipient,
      personalisation: email.personalisation,
    })
  }

  /**
   * Takes up to `limit` due emails for this worker by moving their next attempt a lease away, so
   * that other workers skip them and a worker that dies leaves them to be tried again later.
   */
  async claimDue(limit: number, leaseSeconds: number): Promise<OutgoingEmail[]> {
    const rows: EmailOutboxRow[] = await this.db('email_outbox')
      .whereIn(
        'id',
        this.db('email_outbox')
          .select('id')
          .where('status', 'pending')
          .andWhere('next_attempt_at', '<=', this.db.fn.now())
          .orderBy('next_attempt_at')
          .limit(limit)
          .forUpdate()
          .skipLocked(),
      )
      .update({ next_attempt_at: this.db.raw(`now() + make_interval(secs => ?)`, [leaseSeconds]) })
      .returning('*')
    return rows.map(row => ({
      id: row.id,
      template: row.template as EmailTemplateName,
      recipient: row.recipient,
      personalisation: row.personalisation,
      attempts: row.attempts,
    }))
  }

  /** Emails that kept failing, newest first, for a national administrator to look into. */
  async parked(limit: number): Promise<ParkedEmail[]> {
    const rows = await this.db('email_outbox')
      .where({ status: 'parked' })
      .orderBy('parked_at', 'desc')
      .limit(limit)
      .select('id', 'template', 'recipient', 'attempts', 'last_error', 'parked_at')
    return rows.map(row => ({
      id: row.id,
      template: row.template as EmailTemplateName,
      recipient: row.recipient,
      attempts: row.attempts,
      lastError: row.last_error,
      parkedAt: row.parked_at!,
    }))
  }

  /** Puts a parked email back in the queue to be sent again now; false if it was not parked. */
  async retryParked(id: string, trx?: Knex.Transaction): Promise<boolean> {
    const updated = await (trx ?? this.db)('email_outbox')
      .where({ id, status: 'parked' })
      .update({ status: 'pending', attempts: 0, next_attempt_at: this.db.fn.now(), parked_at: null })
    return updated === 1
  }

  async recordSent(id: string): Promise<void> {
    await this.db('email_outbox')
      .where({ id })
      .update({ status: 'sent', sent_at: this.db.fn.now(), attempts: this.db.raw('attempts + 1'), last_error: null })
  }

  /** A failed attempt: try again after `retryInSeconds`, or park the email when that is null. */
  async recordFailure(id: string, error: string, retryInSeconds: number | null): Promise<void> {
    const attempt = { attempts: this.db.raw('attempts + 1'), last_error: error.slice(0, 500) }
    await this.db('email_outbox')
      .where({ id })
      .update(
        retryInSeconds === null
          ? { ...attempt, status: 'parked', parked_at: this.db.fn.now() }
          : { ...attempt, next_attempt_at: this.db.raw(`now() + make_interval(secs => ?)`, [retryInSeconds]) },
      )
  }
}
