import type { Knex } from 'knex'
import type { DevelopmentMailboxRow } from '../db/tables'

export type MailboxMessage = Pick<DevelopmentMailboxRow, 'id' | 'recipient' | 'subject' | 'body' | 'delivered_at'>

export class DevelopmentMailboxRepository {
  constructor(private readonly db: Knex) {}

  async deliver(message: { outboxId: string; recipient: string; subject: string; body: string }): Promise<void> {
    await this.db('development_mailbox').insert({
      outbox_id: message.outboxId,
      recipient: message.recipient,
      subject: message.subject,
      body: message.body,
    })
  }

  /** The newest messages first, optionally for one address. */
  async latest(limit: number, recipient?: string): Promise<MailboxMessage[]> {
    const query = this.db('development_mailbox')
      .select('id', 'recipient', 'subject', 'body', 'delivered_at')
      .orderBy('id', 'desc')
      .limit(limit)
    return recipient ? query.whereRaw('lower(recipient) = lower(?)', [recipient]) : query
  }
}
