import type { Knex } from 'knex'
import type { MembershipRole, MembershipRow } from '../db/tables'
import type { Grant } from '../domain/permissions/permissions'

/** One of someone's memberships, as they see it in their account settings. */
export interface Membership extends Grant {
  reason: string | null
  grantedAt: Date | null
}

/** Someone with access to an organisation, as its admins see them. */
export interface Member {
  userId: string
  firstName: string
  lastName: string
  email: string
  role: MembershipRole
  endsOn: string | null
  reason: string | null
  grantedAt: Date | null
}

/** Access to give someone: a role, perhaps under an agreement until a day. */
export interface NewMembership {
  userId: string
  organisationId: number
  role: MembershipRole
  grantedBy: string | null
  reason?: string | null
  endsOn?: string | null
}

/** What a grant sets on a membership that exists already. */
const GRANTED_COLUMNS: (keyof MembershipRow)[] = ['role', 'granted_by', 'granted_at', 'reason', 'ends_on', 'updated_at']

/** Access granted until a day keeps working through that day, in England's time. */
const STILL_CURRENT =
  "(memberships.ends_on is null or memberships.ends_on >= (now() at time zone 'Europe/London')::date)"

export class MembershipRepository {
  constructor(private readonly db: Knex) {}

  /** The person's current memberships, which their permissions are built from on every request. */
  async forUser(userId: string, trx?: Knex.Transaction): Promise<Membership[]> {
    const rows = await (trx ?? this.db)('memberships')
      .join('organisations', 'organisations.id', 'memberships.organisation_id')
      .where('memberships.user_id', userId)
      .andWhereRaw(STILL_CURRENT)
      .orderBy('organisations.name')
      .select(
        'organisations.id as organisationId',
        'organisations.ods_code as odsCode',
        'organisations.name as organisationName',
        'organisations.type as organisationType',
        'memberships.role as role',
        'memberships.ends_on as endsOn',
        'memberships.reason as reason',
        'memberships.granted_at as grantedAt',
      )
    return rows as unknown as Membership[]
  }

  async find(userId: string, organisationId: number, trx?: Knex.Transaction): Promise<Member | undefined> {
    return this.members(trx)
      .where('memberships.user_id', userId)
      .andWhere('memberships.organisation_id', organisationId)
      .first()
  }

  /** Everyone with current access to the organisation, admins first. */
  async membersOf(organisationId: number, trx?: Knex.Transaction): Promise<Member[]> {
    return this.members(trx)
      .where('memberships.organisation_id', organisationId)
      .orderByRaw("memberships.role = 'admin' desc, users.last_name, users.first_name")
  }

  /** Email addresses of the organisation's admins, who decide who gets access to it. */
  async adminEmails(organisationId: number, trx?: Knex.Transaction): Promise<string[]> {
    const rows = await this.members(trx)
      .where('memberships.organisation_id', organisationId)
      .andWhere('memberships.role', 'admin')
    return rows.map(row => row.email)
  }

  /** Organisations whose members have no admin to decide who gets access, with how many members they have. */
  async organisationsWithoutAdmin(limit: number): Promise<{ odsCode: string; name: string; members: number }[]> {
    const rows = await this.db('memberships')
      .join('organisations', 'organisations.id', 'memberships.organisation_id')
      .whereRaw(STILL_CURRENT)
      .groupBy('organisations.id')
      .havingRaw("count(*) filter (where memberships.role = 'admin') = 0")
      .orderBy('organisations.name')
      .limit(limit)
      .select(
        'organisations.ods_code as odsCode',
        'organisations.name as name',
        this.db.raw('count(*)::int as members'),
      )
    return rows as unknown as { odsCode: string; name: string; members: number }[]
  }

  /**
   * How many admins the organisation has, locking their memberships so that two admins removing
   * each other at once cannot leave it with none.
   */
  async lockAdmins(organisationId: number, trx: Knex.Transaction): Promise<string[]> {
    const rows = await trx('memberships')
      .where({ organisation_id: organisationId, role: 'admin' })
      .andWhereRaw(STILL_CURRENT)
      .forUpdate()
      .select('user_id')
    return rows.map(row => row.user_id)
  }

  /** The person's current membership, locked so that no one else changes it until the transaction ends. */
  async findForUpdate(userId: string, organisationId: number, trx: Knex.Transaction): Promise<Member | undefined> {
    return this.members(trx)
      .where('memberships.user_id', userId)
      .andWhere('memberships.organisation_id', organisationId)
      .forUpdate('memberships')
      .first()
  }

  /** Gives the person the role in the organisation, replacing any role they had there. */
  async grant(membership: NewMembership, trx: Knex.Transaction): Promise<void> {
    await trx('memberships')
      .insert(membershipRow(membership, trx))
      .onConflict(['user_id', 'organisation_id'])
      .merge(GRANTED_COLUMNS)
  }

  /**
   * Gives the person the role unless they already have current access to the organisation, in one
   * statement, so that access given by someone else at the same moment is never overwritten. An
   * ended membership is replaced. False when they had current access.
   */
  async grantUnlessCurrent(membership: NewMembership, trx: Knex.Transaction): Promise<boolean> {
    const granted = await trx('memberships')
      .insert(membershipRow(membership, trx))
      .onConflict(['user_id', 'organisation_id'])
      .merge(GRANTED_COLUMNS)
      .whereRaw(`not ${STILL_CURRENT}`)
      .returning('id')
    return granted.length > 0
  }

  /** Adds a membership unless the user already has one for that organisation. */
  async addIfMissing(
    membership: { userId: string; organisationId: number; role: MembershipRole },
    trx: Knex.Transaction,
  ): Promise<boolean> {
    const inserted = await trx('memberships')
      .insert({ user_id: membership.userId, organisation_id: membership.organisationId, role: membership.role })
      .onConflict(['user_id', 'organisation_id'])
      .ignore()
      .returning('id')
    return inserted.length > 0
  }

  async remove(userId: string, organisationId: number, trx: Knex.Transaction): Promise<boolean> {
    return (await trx('memberships').where({ user_id: userId, organisation_id: organisationId }).delete()) > 0
  }

  private members(trx?: Knex.Transaction) {
    return (trx ?? this.db)('memberships')
      .join('users', 'users.id', 'memberships.user_id')
      .andWhereRaw(STILL_CURRENT)
      .select<Member[]>(
        'users.id as userId',
        'users.first_name as firstName',
        'users.last_name as lastName',
        'users.email as email',
        'memberships.role as role',
        'memberships.ends_on as endsOn',
        'memberships.reason as reason',
        'memberships.granted_at as grantedAt',
      )
  }
}

function membershipRow(membership: NewMembership, trx: Knex.Transaction) {
  return {
    user_id: membership.userId,
    organisation_id: membership.organisationId,
    role: membership.role,
    granted_by: membership.grantedBy,
    granted_at: trx.fn.now() as unknown as Date,
    reason: membership.reason ?? null,
    ends_on: membership.endsOn ?? null,
  }
}
