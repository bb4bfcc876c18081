import type { Knex } from 'knex'
import type { AccessRequestStatus, MembershipRole } from '../db/tables'
import type { OrganisationType } from '../domain/organisations/organisationTypes'

export interface AccessRequest {
  id: number
  userId: string
  firstName: string
  lastName: string
  email: string
  jobRole: string | null
  organisationId: number
  odsCode: string
  organisationName: string
  organisationType: OrganisationType
  role: MembershipRole
  status: AccessRequestStatus
  reason: string | null
  decisionReason: string | null
  createdAt: Date
  /** The role the person has in the organisation now, if any. */
  currentRole: MembershipRole | null
  /** Whether the organisation has an admin to decide, or national administrators must. */
  organisationHasAdmin: boolean
}

const HAS_ADMIN = `exists (select 1 from memberships admins where admins.organisation_id = access_requests.organisation_id
  and admins.role = 'admin' and (admins.ends_on is null or admins.ends_on >= (now() at time zone 'Europe/London')::date))`

export class AccessRequestRepository {
  constructor(private readonly db: Knex) {}

  /** Records a request; undefined when the person already has one waiting for that organisation. */
  async create(
    request: { userId: string; organisationId: number; role: MembershipRole; reason: string | null },
    trx: Knex.Transaction,
  ): Promise<number | undefined> {
    const rows = await trx('access_requests')
      .insert({
        user_id: request.userId,
        organisation_id: request.organisationId,
        role: request.role,
        reason: request.reason,
      })
      .onConflict(trx.raw("(user_id, organisation_id) where status = 'pending'"))
      .ignore()
      .returning('id')
    return rows[0]?.id
  }

  /** Whether the person ever asked for access to the organisation, whatever became of it. */
  async existsFor(userId: string, organisationId: number, trx?: Knex.Transaction): Promise<boolean> {
    return Boolean(
      await (trx ?? this.db)('access_requests').where({ user_id: userId, organisation_id: organisationId }).first('id'),
    )
  }

  async findById(id: number, trx?: Knex.Transaction): Promise<AccessRequest | undefined> {
    return this.requests(trx).where('access_requests.id', id).first()
  }

  /** A pending request, locked so that two people deciding it at once cannot both act. */
  async findPendingForUpdate(id: number, trx: Knex.Transaction): Promise<AccessRequest | undefined> {
    const locked = await trx('access_requests').where({ id, status: 'pending' }).forUpdate().first('id')
    return locked && this.findById(id, trx)
  }

  async pendingForUser(userId: string): Promise<AccessRequest[]> {
    return this.requests().where('access_requests.user_id', userId).andWhere('access_requests.status', 'pending')
  }

  async pendingForOrganisation(organisationId: number): Promise<AccessRequest[]> {
    return this.requests()
      .where('access_requests.organisation_id', organisationId)
      .andWhere('access_requests.status', 'pending')
  }

  /** Requests only national administrators can decide: for organisations with no admin. */
  async pendingWithoutAdmin(): Promise<AccessRequest[]> {
    return this.requests().where('access_requests.status', 'pending').andWhereRaw(`not ${HAS_ADMIN}`)
  }

  async decide(
    id: number,
    decision: { status: Exclude<AccessRequestStatus, 'pending'>; decidedBy: string; decisionReason: string | null },
    trx: Knex.Transaction,
  ): Promise<void> {
    await trx('access_requests')
      .where({ id, status: 'pending' })
      .update({
        status: decision.status,
        decided_by: decision.decidedBy,
        decision_reason: decision.decisionReason,
        decided_at: trx.fn.now() as unknown as Date,
        updated_at: trx.fn.now() as unknown as Date,
      })
  }

  private requests(trx?: Knex.Transaction) {
    return (trx ?? this.db)('access_requests')
      .join('users', 'users.id', 'access_requests.user_id')
      .join('organisations', 'organisations.id', 'access_requests.organisation_id')
      .leftJoin('memberships', function () {
        this.on('memberships.user_id', 'access_requests.user_id').andOn(
          'memberships.organisation_id',
          'access_requests.organisation_id',
        )
      })
      .orderBy('access_requests.created_at')
      .select<AccessRequest[]>(
        'access_requests.id as id',
        'users.id as userId',
        'users.first_name as firstName',
        'users.last_name as lastName',
        'users.email as email',
        'users.job_role as jobRole',
        'organisations.id as organisationId',
        'organisations.ods_code as odsCode',
        'organisations.name as organisationName',
        'organisations.type as organisationType',
        'access_requests.role as role',
        'access_requests.status as status',
        'access_requests.reason as reason',
        'access_requests.decision_reason as decisionReason',
        'access_requests.created_at as createdAt',
        'memberships.role as currentRole',
        (trx ?? this.db).raw(`${HAS_ADMIN} as "organisationHasAdmin"`),
      )
  }
}
