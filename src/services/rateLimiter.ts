import type { RateLimitRepository } from '../repositories/rateLimitRepository'

export interface Limit {
  /** What is being limited, such as "sign-in". */
  action: string
  attempts: number
  windowMinutes: number
}

/** Limits on attempts that guessing or flooding would repeat: per client address and per email address. */
export const limits = {
  signInPerAddress: { action: 'sign-in:ip', attempts: 50, windowMinutes: 15 },
  signInPerAccount: { action: 'sign-in:email', attempts: 20, windowMinutes: 15 },
  registerPerAddress: { action: 'register:ip', attempts: 20, windowMinutes: 60 },
  registerPerAccount: { action: 'register:email', attempts: 3, windowMinutes: 60 },
  resetPerAddress: { action: 'reset:ip', attempts: 20, windowMinutes: 60 },
  resetPerAccount: { action: 'reset:email', attempts: 3, windowMinutes: 60 },
} satisfies Record<string, Limit>

export class TooManyAttemptsError extends Error {
  readonly status = 429
  constructor(readonly windowMinutes: number) {
    super('Too many attempts')
    this.name = 'TooManyAttemptsError'
  }
}

/** Counts attempts in PostgreSQL, so the limits hold across every instance of the service. */
export class RateLimiter {
  constructor(private readonly rateLimits: RateLimitRepository) {}

  /** Counts an attempt for each limit and subject; throws TooManyAttemptsError when one is over. */
  async attempt(...checks: [limit: Limit, subject: string][]): Promise<void> {
    for (const [limit, subject] of checks) {
      const count = await this.rateLimits.hit(`${limit.action}:${subject.toLowerCase()}`, limit.windowMinutes * 60)
      if (count > limit.attempts) throw new TooManyAttemptsError(limit.windowMinutes)
    }
  }
}
