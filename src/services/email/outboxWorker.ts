import type { Logger } from '../../logger'
import type { OutboxRepository } from '../../repositories/outboxRepository'
import type { EmailTransport } from './emailTransport'

export interface RetryPolicy {
  /** Attempts before an email is parked for a national administrator to look at. */
  maxAttempts: number
  /** Wait after the first failure; it doubles with each further failure, up to `maxDelaySeconds`. */
  firstDelaySeconds: number
  maxDelaySeconds: number
}

export const defaultRetryPolicy: RetryPolicy = { maxAttempts: 8, firstDelaySeconds: 30, maxDelaySeconds: 3600 }

/** Seconds to wait before the next attempt after `failedAttempts` failures, or null to park. */
export function retryDelay(policy: RetryPolicy, failedAttempts: number): number | null {
  if (failedAttempts >= policy.maxAttempts) return null
  return Math.min(policy.firstDelaySeconds * 2 ** (failedAttempts - 1), policy.maxDelaySeconds)
}

// A batch is sent one email at a time: five sends at Notify's timeout still end inside the lease.
const BATCH_SIZE = 5
const LEASE_SECONDS = 120

/** Sends queued email: with retries and exponential backoff, parking what keeps failing. */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<unknown> = Promise.resolve()

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly transport: EmailTransport,
    private readonly logger: Logger,
    private readonly policy: RetryPolicy = defaultRetryPolicy,
  ) {}

  /** Sends what is due now; returns how many were sent, failed and parked. */
  async runOnce(): Promise<{ sent: number; failed: number; parked: number }> {
    const result = { sent: 0, failed: 0, parked: 0 }
    for (const email of await this.outbox.claimDue(BATCH_SIZE, LEASE_SECONDS)) {
      const failure = await this.transport.send(email).then(
        () => undefined,
        (error: unknown) => (error instanceof Error ? error.message : String(error)),
      )
      if (failure === undefined) {
        // Outside the send's error handling: a failure to record a sent email must not count as a failed send.
        await this.outbox.recordSent(email.id)
        result.sent++
        continue
      }
      const delay = retryDelay(this.policy, email.attempts + 1)
      await this.outbox.recordFailure(email.id, failure, delay)
      if (delay === null) result.parked++
      else result.failed++
      // The template and id identify the email; the address stays out of the log.
      this.logger.warn({ outboxId: email.id, template: email.template, retryInSeconds: delay }, 'email not sent')
    }
    return result
  }

  /** Polls every `intervalMs` until stopped; a failed poll (database down) is logged and retried. */
  start(intervalMs: number): void {
    const poll = () => {
      this.running = this.runOnce()
        .catch(error => this.logger.warn({ err: error }, 'email outbox poll failed'))
        .finally(() => {
          if (this.timer) this.timer = setTimeout(poll, intervalMs)
        })
    }
    this.timer = setTimeout(poll, 0)
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    await this.running
  }
}
