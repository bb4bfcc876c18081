import type { Knex } from 'knex'
import type { AuditRepository } from '../repositories/auditRepository'
import type { AccountRepository } from './accountRepository'
import { hashSecret, secretMatches } from './passwords'

export const LOCK_AFTER_FAILED_SIGN_INS = 5
export const LOCK_MINUTES = 15

export type SignInResult = { signedIn: true; accountId: string } | { signedIn: false }

/** Checks passwords for the accounts service, locking an account after repeated failures. */
export class AccountService {
  // Compared against when no account matches, so an unknown address takes as long as a wrong password.
  private readonly decoyHash = hashSecret('no account has this password')

  constructor(
    private readonly db: Knex,
    private readonly accounts: AccountRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** Says only whether sign-in succeeded: never whether the address has an account or is locked. */
  async signIn(email: string, password: string, requestId?: string): Promise<SignInResult> {
    const account = await this.accounts.findByEmail(email)
    const hash = account?.password_hash ?? (await this.decoyHash)
    const passwordMatches = await secretMatches(hash, password)
    if (!account) return { signedIn: false }

    const locked = account.locked_until !== null && account.locked_until > new Date()
    const subject = { subjectType: 'account', subjectId: account.id, requestId }
    if (passwordMatches && !locked && account.status === 'active') {
      await this.db.transaction(async trx => {
        await this.accounts.recordSuccessfulSignIn(account.id, trx)
        await this.audit.record({ ...subject, action: 'account.signed_in' }, trx)
      })
      return { signedIn: true, accountId: account.id }
    }
    await this.db.transaction(async trx => {
      const reason = locked ? 'locked' : account.status !== 'active' ? account.status : 'wrong password'
      await this.audit.record({ ...subject, action: 'account.sign_in_failed', details: { reason } }, trx)
      if (locked || passwordMatches) return
      const { lockedNow } = await this.accounts.recordFailedSignIn(
        account.id,
        LOCK_AFTER_FAILED_SIGN_INS,
        LOCK_MINUTES,
        trx,
      )
      if (lockedNow) await this.audit.record({ ...subject, action: 'account.locked' }, trx)
    })
    return { signedIn: false }
  }
}
