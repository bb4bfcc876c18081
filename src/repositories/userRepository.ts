import type { Knex } from 'knex'
import type { UserRow, UserStatus } from '../db/tables'

export interface User {
  id: string
  email: string
  firstName: string
  lastName: string
  /** The main job role they gave when registering, in the words of the LFPSE staff types. */
  jobRole: string | null
  status: UserStatus
  isNationalAdmin: boolean
}

export interface IdentityClaims {
  issuer: string
  subject: string
  email: string
  firstName: string
  lastName: string
  jobRole: string | null
}

export class UserRepository {
  constructor(private readonly db: Knex) {}

  async findById(id: string, trx?: Knex.Transaction): Promise<User | undefined> {
    const row = await (trx ?? this.db)('users').where({ id }).first()
    return row && toUser(row)
  }

  async findByEmail(email: string, trx?: Knex.Transaction): Promise<User | undefined> {
    const row = await (trx ?? this.db)('users').whereRaw('lower(email) = lower(?)', [email.trim()]).first()
    return row && toUser(row)
  }

  /** People whose address is not nhs.net, waiting for a national administrator to approve them. */
  async awaitingApproval(): Promise<User[]> {
    const rows = await this.db('users').where({ status: 'pending' }).orderBy('created_at')
    return rows.map(toUser)
  }

  async setStatus(id: string, status: UserStatus, trx: Knex.Transaction): Promise<boolean> {
    return (
      (await trx('users')
        .where({ id })
        .update({ status, updated_at: trx.fn.now() as unknown as Date })) > 0
    )
  }

  async nationalAdminEmails(trx?: Knex.Transaction): Promise<string[]> {
    const rows = await (trx ?? this.db)('users').where({ is_national_admin: true, status: 'active' }).select('email')
    return rows.map(row => row.email)
  }

  /**
   * Creates a user ahead of their first sign-in (demo people, whose access is set up in advance), or
   * brings an existing one up to date with the issuer that will sign them in.
   */
  async ensure(
    claims: IdentityClaims,
    settings: { status: UserStatus; isNationalAdmin: boolean; isDemo: boolean },
    trx: Knex.Transaction,
  ): Promise<User> {
    const [row] = await trx('users')
      .insert({
        ...claimColumns(claims),
        status: settings.status,
        is_national_admin: settings.isNationalAdmin,
        is_demo: settings.isDemo,
      })
      .onConflict(trx.raw('(lower(email))'))
      .merge(['issuer', 'subject', 'is_national_admin', 'is_demo', 'updated_at'])
      .returning('*')
    return toUser(row as UserRow)
  }

  /** Creates the user the issuer vouches for, or refreshes their details; says which it did. */
  async upsertFromClaims(
    claims: IdentityClaims,
    statusIfNew: UserStatus,
    trx: Knex.Transaction,
  ): Promise<{ user: User; created: boolean }> {
    const [row] = await trx('users')
      .insert({
        ...claimColumns(claims),
        status: statusIfNew,
        last_signed_in_at: new Date(),
      })
      .onConflict(['issuer', 'subject'])
      .merge(['email', 'first_name', 'last_name', 'job_role', 'last_signed_in_at', 'updated_at'])
      .returning(['*', trx.raw('(xmax = 0) as created')])
    const { created, ...user } = row as UserRow & { created: boolean }
    return { user: toUser(user), created }
  }
}

function claimColumns(claims: IdentityClaims) {
  return {
    issuer: claims.issuer,
    subject: claims.subject,
    email: claims.email.toLowerCase(),
    first_name: claims.firstName,
    last_name: claims.lastName,
    job_role: claims.jobRole,
  }
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    jobRole: row.job_role,
    status: row.status,
    isNationalAdmin: row.is_national_admin,
  }
}
