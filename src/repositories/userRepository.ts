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

  /** Creates the user the issuer vouches for, or refreshes their details; says which it did. */
  async upsertFromClaims(
    claims: IdentityClaims,
    statusIfNew: UserStatus,
    trx: Knex.Transaction,
  ): Promise<{ user: User; created: boolean }> {
    const [row] = await trx('users')
      .insert({
        issuer: claims.issuer,
        subject: claims.subject,
        email: claims.email.toLowerCase(),
        first_name: claims.firstName,
        last_name: claims.lastName,
        job_role: claims.jobRole,
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
