import type { OutgoingEmail } from '../../repositories/outboxRepository'

/** Hands one email to whatever delivers it; rejects when it was not accepted. */
export interface EmailTransport {
  send(email: OutgoingEmail): Promise<void>
}
