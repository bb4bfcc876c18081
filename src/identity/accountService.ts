import type { Knex } from 'knex'
import { normaliseSecurityAnswer } from '../domain/accounts/securityQuestions'
import { passwordProblem } from '../domain/accounts/passwordRules'
import type { AuditRepository } from '../repositories/auditRepository'
import type { OutboxRepository } from '../repositories/outboxRepository'
import type { AccountRepository } from './accountRepository'
import type { AccountTokenRepository } from './accountTokenRepository'
import { hashSecret, secretMatches } from './passwords'
import type { Clock } from '../domain/time/clock'

export const LOCK_AFTER_FAILED_SIGN_INS = 5
export const LOCK_MINUTES = 15
export const RESET_LINK_HOURS = 1
export const UNLOCK_LINK_HOURS = 24

export type SignInResult = { signedIn: true; accountId: string } | { signedIn: false }
export type ResetResult = { reset: true } | { reset: false; reason: 'link' | 'answer' | 'password'; problem?: string }

/**
 * Passwords for the accounts service: signing in (locking an account after repeated failures and
 * emailing its owner an unlock link), resetting a forgotten password, and unlocking.
 */
export class AccountService {
  // Compared against when no account matches, so an unknown address takes as long as a wrong password.
  private readonly decoyHash = hashSecret('no account has this password')

  constructor(
    private readonly db: Knex,
    private readonly clock: Clock,
    private readonly serviceUrl: string,
    private readonly accounts: AccountRepository,
    private readonly tokens: AccountTokenRepository,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Says only whether sign-in succeeded: never whether the address has an account or is locked. */
  async signIn(email: string, password: string, requestId?: string): Promise<SignInResult> {
    const account = await this.accounts.findByEmail(email)
    const hash = account?.password_hash ?? (await this.decoyHash)
    const passwordMatches = await secretMatches(hash, password)
    if (!account) return { signedIn: false }

    const locked = account.locked_until !== null && account.locked_until > this.clock.now()
    const subject = { subjectType: 'account', subjectId: account.id, requestId }
    if (passwordMatches && !locked && account.status === 'active') {
      // Checked again under a row lock: guesses sent in parallel must not slip past a lock they caused.
      const signedIn = await this.db.transaction(async trx => {
        if (await this.accounts.isLockedForUpdate(account.id, trx)) return false
        await this.accounts.recordSuccessfulSignIn(account.id, trx)
        await this.audit.record({ ...subject, action: 'account.signed_in' }, trx)
        return true
      })
      if (signedIn) return { signedIn: true, accountId: account.id }
    }
    await this.db.transaction(async trx => {
      const reason = locked ? 'locked' : account.status !== 'active' ? account.status : 'wrong password'
      await this.audit.record({ ...subject, action: 'account.sign_in_failed', details: { reason } }, trx)
      if (locked || passwordMatches) return
      await this.countFailure(account.id, account.email, requestId, trx)
    })
    return { signedIn: false }
  }

  /** Emails a reset link if the address has an active account; says nothing either way. */
  async requestPasswordReset(email: string, requestId?: string): Promise<void> {
    const account = await this.accounts.findByEmail(email)
    if (account?.status !== 'active') return
    await this.db.transaction(async trx => {
      const token = await this.tokens.issue(account.id, 'password_reset', RESET_LINK_HOURS, trx)
      await this.outbox.enqueue(
        {
          template: 'passwordReset',
          recipient: account.email,
          personalisation: { resetUrl: `${this.serviceUrl}/accounts/reset-password/${token}` },
        },
        trx,
      )
      await this.audit.record(
        { action: 'account.password_reset_requested', subjectType: 'account', subjectId: account.id, requestId },
        trx,
      )
    })
  }

  /** The security question to ask for a reset link, or undefined when the link is not valid. */
  async securityQuestionFor(token: string): Promise<string | undefined> {
    const accountId = await this.tokens.findValid(token, 'password_reset')
    const account = accountId ? await this.accounts.findById(accountId) : undefined
    return account?.security_question ?? undefined
  }

  /**
   * Sets a new password when the security answer matches, unlocking the account. A wrong answer
   * counts as a failed sign-in, so the answer cannot be guessed faster than the password.
   */
  async resetPassword(
    token: string,
    answers: { securityAnswer: string; password: string },
    requestId?: string,
  ): Promise<ResetResult> {
    const accountId = await this.tokens.findValid(token, 'password_reset')
    const account = accountId ? await this.accounts.findById(accountId) : undefined
    if (!account?.security_answer_hash) return { reset: false, reason: 'link' }
    const answerMatches = await secretMatches(
      account.security_answer_hash,
      normaliseSecurityAnswer(answers.securityAnswer),
    )
    if (!answerMatches) {
      await this.db.transaction(async trx => {
        await this.audit.record(
          { action: 'account.password_reset_failed', subjectType: 'account', subjectId: account.id, requestId },
          trx,
        )
        await this.countFailure(account.id, account.email, requestId, trx)
      })
      return { reset: false, reason: 'answer' }
    }
    const problem = passwordProblem(answers.password, account.email)
    if (problem) return { reset: false, reason: 'password', problem }
    const passwordHash = await hashSecret(answers.password)
    return this.db.transaction(async trx => {
      if (!(await this.tokens.use(token, 'password_reset', trx))) return { reset: false, reason: 'link' } as const
      await this.accounts.setPassword(account.id, passwordHash, trx)
      await this.accounts.recordSuccessfulSignIn(account.id, trx)
      await this.audit.record(
        { action: 'account.password_reset', subjectType: 'account', subjectId: account.id, requestId },
        trx,
      )
      return { reset: true } as const
    })
  }

  /** Unlocks the account an emailed unlock link belongs to; false when the link is not valid. */
  async unlock(token: string, requestId?: string): Promise<boolean> {
    const accountId = await this.tokens.findValid(token, 'unlock')
    if (!accountId) return false
    return this.db.transaction(async trx => {
      if (!(await this.tokens.use(token, 'unlock', trx))) return false
      await this.accounts.recordSuccessfulSignIn(accountId, trx)
      await this.audit.record(
        { action: 'account.unlocked', subjectType: 'account', subjectId: accountId, requestId },
        trx,
      )
      return true
    })
  }

  private async countFailure(accountId: string, email: string, requestId: string | undefined, trx: Knex.Transaction) {
    const { lockedNow } = await this.accounts.recordFailedSignIn(
      accountId,
      LOCK_AFTER_FAILED_SIGN_INS,
      LOCK_MINUTES,
      trx,
    )
    if (!lockedNow) return
    const token = await this.tokens.issue(accountId, 'unlock', UNLOCK_LINK_HOURS, trx)
    await this.outbox.enqueue(
      {
        template: 'accountLocked',
        recipient: email,
        personalisation: { unlockUrl: `${this.serviceUrl}/accounts/unlock/${token}` },
      },
      trx,
    )
    await this.audit.record({ action: 'account.locked', subjectType: 'account', subjectId: accountId, requestId }, trx)
  }
}
