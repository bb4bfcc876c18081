import axios from 'axios'
import { NotifyClient } from 'notifications-node-client'
import type { EmailTemplateName } from '../../domain/email/emailTemplates'
import type { OutgoingEmail } from '../../repositories/outboxRepository'
import type { EmailTransport } from './emailTransport'

/** Well inside the outbox's lease, so a hung request cannot let another worker send the same email. */
export const NOTIFY_TIMEOUT_MS = 15_000

export interface NotifySettings {
  apiKey: string
  baseUrl: string
  templateIds: Record<EmailTemplateName, string>
}

/** Sends through GOV.UK Notify, naming each email by its outbox id so Notify can show what was sent. */
export class NotifyTransport implements EmailTransport {
  private readonly client: NotifyClient

  constructor(private readonly settings: NotifySettings) {
    this.client = new NotifyClient(settings.baseUrl, settings.apiKey)
    this.client.setClient(axios.create({ timeout: NOTIFY_TIMEOUT_MS }))
  }

  async send(email: OutgoingEmail): Promise<void> {
    try {
      await this.client.sendEmail(this.settings.templateIds[email.template], email.recipient, {
        personalisation: email.personalisation,
        reference: `outbox-${email.id}`,
      })
    } catch (error) {
      // Notify's error bodies can echo the address; keep only the status and Notify's error codes.
      const response = (error as { response?: { status?: number; data?: { errors?: { error?: string }[] } } }).response
      const codes = response?.data?.errors?.map(e => e.error).join(', ')
      // eslint-disable-next-line preserve-caught-error -- the cause holds Notify's response, which can echo the address
      throw new Error(`GOV.UK Notify refused the email: ${response?.status ?? 'no response'} ${codes ?? ''}`.trim())
    }
  }
}
