import { renderEmail } from '../../domain/email/emailTemplates'
import type { DevelopmentMailboxRepository } from '../../repositories/developmentMailboxRepository'
import type { OutgoingEmail } from '../../repositories/outboxRepository'
import type { EmailTransport } from './emailTransport'

/** Delivers into a table shown at /development/mailbox, for running the service without Notify. */
export class DevelopmentMailboxTransport implements EmailTransport {
  constructor(private readonly mailbox: DevelopmentMailboxRepository) {}

  async send(email: OutgoingEmail): Promise<void> {
    const { subject, body } = renderEmail(email.template, email.personalisation)
    await this.mailbox.deliver({ outboxId: email.id, recipient: email.recipient, subject, body })
  }
}
