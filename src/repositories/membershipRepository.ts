import type { Knex } from 'knex'
import type { MembershipRole, MembershipStatus } from '../db/tables'
import type { OrganisationType } from '../domain/organisations/organisationTypes'

export interface Membership {
  organisationId: number
  odsCode: string
  organisationName: string
  organisationType: OrganisationType
  role: MembershipRole
  status: MembershipStatus
}

export class MembershipRepository {
  constructor(private readonly db: Knex) {}

  async forUser(userId: string, trx?: Knex.Transaction): Promise<Membership[]> {
    const rows = await (trx ?? this.db)('memberships')
      .join('organisations', 'organisations.id', 'memberships.organisation_id')
      .where('memberships.user_id', userId)
      .orderBy('organisations.name')
      .select(
        'organisations.id as organisationId',
        'organisations.ods_code as odsCode',
        'organisations.name as organisationName',
        'organisations.type as organisationType',
        'memberships.role as role',
        'memberships.status as status',
      )
    return rows as unknown as Membership[]
  }

  /** Adds a membership unless the user already has one for that organisation. */
  async addIfMissing(
    membership: { userId: string; organisationId: number; role: MembershipRole; status: MembershipStatus },
    trx: Knex.Transaction,
  ): Promise<boolean> {
    const inserted = await trx('memberships')
      .insert({
        user_id: membership.userId,
        organisation_id: membership.organisationId,
        role: membership.role,
        status: membership.status,
      })
      .onConflict(['user_id', 'organisation_id'])
      .ignore()
      .returning('id')
    return inserted.length > 0
  }
}
