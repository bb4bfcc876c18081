import type { Knex } from 'knex'
import { isNhsMail } from '../../domain/accounts/nhsMail'
import type { OrganisationType } from '../../domain/organisations/organisationTypes'
import type { Permissions } from '../../domain/permissions/permissions'
import { roleNames, type Role } from '../../domain/permissions/roles'
import { wouldLoseAccess } from '../../domain/permissions/wouldLoseAccess'
import type { AccessRequest, AccessRequestRepository } from '../../repositories/accessRequestRepository'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { MembershipRepository } from '../../repositories/membershipRepository'
import type { Organisation, OrganisationRepository } from '../../repositories/organisationRepository'
import type { User, UserRepository } from '../../repositories/userRepository'
import { mustManageUsers, NotPermitted } from '../notPermitted'
import type { AccessEmails } from './accessEmails'

/** Organisations whose members oversee others: joining one is always decided by someone. */
const AREA_TYPES: readonly OrganisationType[] = ['icb', 'region', 'national']

export type AddOrganisationResult = 'member' | 'requested' | 'alreadyMember' | 'alreadyRequested'
export type RequestResult = 'requested' | 'alreadyRequested' | 'alreadyHasRole' | 'notMember'
/**
 * What became of a decision. An approval is refused when it would take away access the person has
 * now (an old request for less than they have since been given), or when someone else gave them
 * access while it was being decided.
 */
export type DecisionResult = 'approved' | 'rejected' | 'alreadyDecided' | 'wouldReduceAccess' | 'changedMeanwhile'

/**
 * Requests for access and the decisions on them: people ask to join an organisation or for another
 * role in it, and its admins (or national administrators, when it has none) approve or reject.
 */
export class AccessRequestService {
  constructor(
    private readonly db: Knex,
    private readonly emails: AccessEmails,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly accessRequests: AccessRequestRepository,
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditRepository,
  ) {}

  async pendingRequestsOf(userId: string): Promise<AccessRequest[]> {
    return this.accessRequests.pendingForUser(userId)
  }

  /** Joins an organisation: at once with standard access for an nhs.net address, else by request. */
  async addOrganisation(user: User, organisation: Organisation, requestId?: string): Promise<AddOrganisationResult> {
    if (await this.memberships.find(user.id, organisation.id)) return 'alreadyMember'
    const isArea = AREA_TYPES.includes(organisation.type)
    if (!isArea && user.status === 'active' && isNhsMail(user.email)) {
      await this.db.transaction(async trx => {
        await this.memberships.grant(
          { userId: user.id, organisationId: organisation.id, role: 'standard', grantedBy: null },
          trx,
        )
        await this.audit.record(
          {
            actorUserId: user.id,
            action: 'membership.added',
            subjectType: 'organisation',
            subjectId: String(organisation.id),
            details: { role: 'standard' },
            requestId,
          },
          trx,
        )
      })
      return 'member'
    }
    const role: Role = isArea ? 'read_only' : 'standard'
    return (await this.request(user, organisation, role, null, requestId)) ? 'requested' : 'alreadyRequested'
  }

  /** Asks for another role in an organisation the person already belongs to. */
  async requestAccess(
    user: User,
    organisationId: number,
    role: Role,
    reason: string,
    requestId?: string,
  ): Promise<RequestResult> {
    const [membership, organisation] = await Promise.all([
      this.memberships.find(user.id, organisationId),
      this.organisations.findById(organisationId),
    ])
    if (!membership || !organisation) return 'notMember'
    if (membership.role === role) return 'alreadyHasRole'
    return (await this.request(user, organisation, role, reason, requestId)) ? 'requested' : 'alreadyRequested'
  }

  async cancelRequest(user: User, accessRequestId: number, requestId?: string): Promise<boolean> {
    return this.db.transaction(async trx => {
      const request = await this.accessRequests.findPendingForUpdate(accessRequestId, trx)
      if (!request || request.userId !== user.id) return false
      await this.accessRequests.decide(
        request.id,
        { status: 'cancelled', decidedBy: user.id, decisionReason: null },
        trx,
      )
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'access.cancelled',
          subjectType: 'access_request',
          subjectId: String(request.id),
          requestId,
        },
        trx,
      )
      return true
    })
  }

  async findRequestToDecide(permissions: Permissions, accessRequestId: number): Promise<AccessRequest | undefined> {
    const request = await this.accessRequests.findById(accessRequestId)
    return request && request.status === 'pending' && permissions.canDecide(request) ? request : undefined
  }

  async pendingRequestsFor(permissions: Permissions, organisationId: number): Promise<AccessRequest[]> {
    mustManageUsers(permissions, organisationId)
    return this.accessRequests.pendingForOrganisation(organisationId)
  }

  /**
   * Approves or rejects a request. Approving never takes away access the person has now: their
   * membership stays locked while it is compared with what they asked for, so an admin's role cannot
   * change underneath the decision, and an organisation's last admin is never demoted by it.
   */
  async decide(
    permissions: Permissions,
    accessRequestId: number,
    decision: { approve: boolean; reason: string | null },
    requestId?: string,
  ): Promise<DecisionResult> {
    return this.db.transaction(async trx => {
      const request = await this.accessRequests.findPendingForUpdate(accessRequestId, trx)
      if (!request) return 'alreadyDecided'
      if (!permissions.canDecide(request)) throw new NotPermitted('decide this request for access')
      const decider = permissions.user.id
      if (decision.approve) {
        const refused = await this.approve(request, decider, trx)
        if (refused) return refused
      }
      await this.accessRequests.decide(
        request.id,
        { status: decision.approve ? 'approved' : 'rejected', decidedBy: decider, decisionReason: decision.reason },
        trx,
      )
      await this.audit.record(
        {
          actorUserId: decider,
          action: decision.approve ? 'access.approved' : 'access.rejected',
          subjectType: 'access_request',
          subjectId: String(request.id),
          details: {
            userId: request.userId,
            organisationId: request.organisationId,
            role: request.role,
            reason: decision.reason,
          },
          requestId,
        },
        trx,
      )
      await this.emails.send(
        'accessDecided',
        [request.email],
        {
          organisationName: request.organisationName,
          role: roleNames[request.role],
          decision: decision.approve ? 'approved' : 'rejected',
          accountUrl: this.emails.accountUrl,
        },
        trx,
      )
      return decision.approve ? 'approved' : 'rejected'
    })
  }

  /** Gives the access asked for, or says why it cannot be given; nothing is written when refused. */
  private async approve(
    request: AccessRequest,
    decider: string,
    trx: Knex.Transaction,
  ): Promise<'wouldReduceAccess' | 'changedMeanwhile' | undefined> {
    const membership = { userId: request.userId, organisationId: request.organisationId, role: request.role }
    const member = await this.memberships.findForUpdate(request.userId, request.organisationId, trx)
    if (!member) {
      const added = await this.memberships.grantUnlessCurrent({ ...membership, grantedBy: decider }, trx)
      return added ? undefined : 'changedMeanwhile'
    }
    if (wouldLoseAccess(member.role, request.role)) return 'wouldReduceAccess'
    await this.memberships.grant({ ...membership, grantedBy: decider }, trx)
    return undefined
  }

  private async request(
    user: User,
    organisation: Organisation,
    role: Role,
    reason: string | null,
    requestId?: string,
  ): Promise<boolean> {
    return this.db.transaction(async trx => {
      const id = await this.accessRequests.create(
        { userId: user.id, organisationId: organisation.id, role, reason },
        trx,
      )
      if (id === undefined) return false
      await this.audit.record(
        {
          actorUserId: user.id,
          action: 'access.requested',
          subjectType: 'access_request',
          subjectId: String(id),
          details: { organisationId: organisation.id, role },
          requestId,
        },
        trx,
      )
      const admins = await this.memberships.adminEmails(organisation.id, trx)
      const deciders = admins.length > 0 ? admins : await this.users.nationalAdminEmails(trx)
      await this.emails.send(
        'accessRequested',
        deciders,
        {
          organisationName: organisation.name,
          role: roleNames[role],
          decider:
            admins.length > 0
              ? `you are an admin of ${organisation.name}`
              : `you are a national administrator and ${organisation.name} has no admin`,
          decideUrl: this.emails.url(`/organisations/${organisation.odsCode}/requests/${id}`),
        },
        trx,
      )
      return true
    })
  }
}
