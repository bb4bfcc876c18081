import type { Knex } from 'knex'
import type { EmailTemplateName, Personalisation } from '../../domain/email/emailTemplates'
import type { OutboxRepository } from '../../repositories/outboxRepository'

/**
 * The emails that tell people about access, queued in the transaction of the change they describe
 * so that nobody hears of a change that did not happen. They carry links, never details.
 */
export class AccessEmails {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly settings: { serviceUrl: string },
  ) {}

  /** Where people see the access they have. */
  get accountUrl(): string {
    return `${this.settings.serviceUrl}/account/organisations`
  }

  url(path: string): string {
    return `${this.settings.serviceUrl}${path}`
  }

  async send<Name extends EmailTemplateName>(
    template: Name,
    recipients: readonly string[],
    personalisation: Personalisation<Name>,
    trx: Knex.Transaction,
  ): Promise<void> {
    for (const recipient of recipients) await this.outbox.enqueue({ template, recipient, personalisation }, trx)
  }
}
