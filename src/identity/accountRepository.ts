import type { Knex } from 'knex'
import type { AccountRow } from '../db/tables'

export interface AccountClaims {
  sub: string
  email: string
  email_verified: boolean
  given_name: string
  family_name: string
  name: string
  /** ODS code of the organisation the person registered with. */
  organisation: string
  job_role: string
}

export type NewAccount = Pick<
  AccountRow,
  'email' | 'first_name' | 'last_name' | 'job_role' | 'organisation_id' | 'status' | 'password_hash' | 'is_demo'
>

export class AccountRepository {
  constructor(private readonly db: Knex) {}

  async findByEmail(email: string, trx?: Knex.Transaction): Promise<AccountRow | undefined> {
    return (trx ?? this.db)('accounts').whereRaw('lower(email) = lower(?)', [email]).first()
  }

  async claimsFor(id: string): Promise<AccountClaims | undefined> {
    const row = await this.db('accounts')
      .join('organisations', 'organisations.id', 'accounts.organisation_id')
      .where('accounts.id', id)
      .andWhere('accounts.status', 'active')
      .first('accounts.*', 'organisations.ods_code as organisation')
    if (!row) return undefined
    return {
      sub: row.id,
      email: row.email,
      email_verified: true,
      given_name: row.first_name,
      family_name: row.last_name,
      name: `${row.first_name} ${row.last_name}`,
      organisation: (row as unknown as { organisation: string }).organisation,
      job_role: row.job_role,
    }
  }

  /**
   * Counts a wrong password, locking the account for `lockMinutes` once there are `lockAfter` in a
   * row. A lock that has ended starts the count again, so one guess cannot re-lock an account.
   */
  async recordFailedSignIn(
    id: string,
    lockAfter: number,
    lockMinutes: number,
    trx?: Knex.Transaction,
  ): Promise<{ lockedNow: boolean }> {
    const count = 'case when locked_until is not null and locked_until <= now() then 1 else failed_sign_ins + 1 end'
    const [row] = await (trx ?? this.db)('accounts')
      .where({ id })
      .update({
        failed_sign_ins: this.db.raw(count),
        locked_until: this.db.raw(
          `case when ${count} = ? then now() + make_interval(mins => ?)
                when locked_until <= now() then null else locked_until end`,
          [lockAfter, lockMinutes],
        ),
        updated_at: this.db.fn.now(),
      })
      .returning(['failed_sign_ins'])
    return { lockedNow: row?.failed_sign_ins === lockAfter }
  }

  /** True while the account is locked, read under a row lock so parallel attempts cannot race past it. */
  async isLockedForUpdate(id: string, trx: Knex.Transaction): Promise<boolean> {
    const row = await trx('accounts').where({ id }).forUpdate().first('locked_until')
    return row?.locked_until != null && row.locked_until > new Date()
  }

  async setPassword(id: string, passwordHash: string, trx: Knex.Transaction): Promise<void> {
    await trx('accounts').where({ id }).update({ password_hash: passwordHash, updated_at: trx.fn.now() })
  }

  /** Clears failed sign-ins and any lock: after a successful sign-in, a password reset or an unlock. */
  async recordSuccessfulSignIn(id: string, trx?: Knex.Transaction): Promise<void> {
    await (trx ?? this.db)('accounts')
      .where({ id })
      .update({ failed_sign_ins: 0, locked_until: null, updated_at: this.db.fn.now() })
  }

  async findById(id: string, trx?: Knex.Transaction): Promise<AccountRow | undefined> {
    return (trx ?? this.db)('accounts').where({ id }).first()
  }

  /** Replaces what a registration said about a person whose account is not yet activated. */
  async updateRegistration(
    id: string,
    details: Pick<AccountRow, 'first_name' | 'last_name' | 'job_role' | 'organisation_id'>,
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('accounts')
      .where({ id, status: 'awaiting_activation' })
      .update({ ...details, updated_at: trx.fn.now() })
  }

  /** Sets the password and security question, making an account that awaits activation usable. */
  async activate(
    id: string,
    secrets: { passwordHash: string; securityQuestion: string; securityAnswerHash: string },
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('accounts').where({ id, status: 'awaiting_activation' }).update({
      status: 'active',
      password_hash: secrets.passwordHash,
      security_question: secrets.securityQuestion,
      security_answer_hash: secrets.securityAnswerHash,
      activated_at: trx.fn.now(),
      updated_at: trx.fn.now(),
    })
  }

  async create(account: NewAccount, trx?: Knex.Transaction): Promise<string> {
    const [row] = await (trx ?? this.db)('accounts')
      .insert({ ...account, activated_at: account.status === 'active' ? new Date() : null })
      .onConflict(this.db.raw('(lower(email))'))
      .ignore()
      .returning('id')
    return row?.id ?? (await this.findByEmail(account.email, trx))!.id
  }
}
