import type { Knex } from 'knex'
import { isNhsMail } from '../../domain/accounts/nhsMail'
import type { EmailTemplateName, Personalisation } from '../../domain/email/emailTemplates'
import type { OrganisationType } from '../../domain/organisations/organisationTypes'
import { Permissions } from '../../domain/permissions/permissions'
import { roleNames, type Role } from '../../domain/permissions/roles'
import type { AccessRequest, AccessRequestRepository } from '../../repositories/accessRequestRepository'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { Member, MembershipRepository } from '../../repositories/membershipRepository'
import type { Organisation, OrganisationRepository } from '../../repositories/organisationRepository'
import type { OutboxRepository } from '../../repositories/outboxRepository'
import type { User, UserRepository } from '../../repositories/userRepository'

/** Organisations whose members oversee others: joining one is always decided by someone. */
const AREA_TYPES: readonly OrganisationType[] = ['icb', 'region', 'national']

export type AddOrganisationResult = 'member' | 'requested' | 'alreadyMember' | 'alreadyRequested'
export type RequestResult = 'requested' | 'alreadyRequested' | 'alreadyHasRole' | 'notMember'
export type MembershipChangeResult = 'changed' | 'lastAdmin' | 'notMember'
export type ExternalGrantResult = 'granted' | 'noSuchUser' | 'alreadyMember'

/**
 * Who has access to which organisation, and the requests and decisions that change it. Every
 * change is audited in its own transaction, and the people affected are emailed (links only).
 */
export class AccessService {
  constructor(
    private readonly db: Knex,
    private readonly settings: { serviceUrl: string },
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly accessRequests: AccessRequestRepository,
    private readonly organisations: OrganisationRepository,
    private readonly outbox: OutboxRepository,
    private readonly audit: AuditRepository,
  ) {}

  async permissionsFor(user: User): Promise<Permissions> {
    return new Permissions(user, await this.memberships.forUser(user.id))
  }

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
    organisation: Organisation,
    role: Role,
    reason: string,
    requestId?: string,
  ): Promise<RequestResult> {
    const membership = await this.memberships.find(user.id, organisation.id)
    if (!membership) return 'notMember'
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

  /** Leaves an organisation; its last admin cannot, or it would have no one to decide who gets in. */
  async leave(user: User, organisationId: number, requestId?: string): Promise<MembershipChangeResult> {
    return this.changeMembership(user.id, organisationId, user.id, null, 'membership.left', null, requestId)
  }

  /** Whether this person may decide the request: an admin of its organisation, or a national administrator when it has none. */
  canDecide(permissions: Permissions, request: AccessRequest): boolean {
    if (request.userId === permissions.user.id) return false
    if (permissions.canFor('manageUsers', request.organisationId)) return true
    return permissions.isNationalAdmin && !request.organisationHasAdmin
  }

  async findRequestToDecide(permissions: Permissions, accessRequestId: number): Promise<AccessRequest | undefined> {
    const request = await this.accessRequests.findById(accessRequestId)
    return request && request.status === 'pending' && this.canDecide(permissions, request) ? request : undefined
  }

  async pendingRequestsFor(organisationId: number): Promise<AccessRequest[]> {
    return this.accessRequests.pendingForOrganisation(organisationId)
  }

  /** The national queue: requests for organisations without an admin. */
  async requestsWithoutAdmin(): Promise<AccessRequest[]> {
    return this.accessRequests.pendingWithoutAdmin()
  }

  /** Approves or rejects a request; false when it was decided already (or is not this person's to decide). */
  async decide(
    permissions: Permissions,
    accessRequestId: number,
    decision: { approve: boolean; reason: string | null },
    requestId?: string,
  ): Promise<boolean> {
    return this.db.transaction(async trx => {
      const request = await this.accessRequests.findPendingForUpdate(accessRequestId, trx)
      if (!request || !this.canDecide(permissions, request)) return false
      const decider = permissions.user.id
      await this.accessRequests.decide(
        request.id,
        { status: decision.approve ? 'approved' : 'rejected', decidedBy: decider, decisionReason: decision.reason },
        trx,
      )
      if (decision.approve) {
        await this.memberships.grant(
          { userId: request.userId, organisationId: request.organisationId, role: request.role, grantedBy: decider },
          trx,
        )
      }
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
      await this.email(
        'accessDecided',
        [request.email],
        {
          organisationName: request.organisationName,
          role: roleNames[request.role],
          decision: decision.approve ? 'approved' : 'rejected',
          accountUrl: `${this.settings.serviceUrl}/account/organisations`,
        },
        trx,
      )
      return true
    })
  }

  async membersOf(organisationId: number): Promise<Member[]> {
    return this.memberships.membersOf(organisationId)
  }

  async memberOf(organisationId: number, userId: string): Promise<Member | undefined> {
    return this.memberships.find(userId, organisationId)
  }

  /** An admin changes someone's role, or (with no role) takes their access away. */
  async changeRole(
    permissions: Permissions,
    organisationId: number,
    userId: string,
    role: Role | null,
    reason: string,
    requestId?: string,
  ): Promise<MembershipChangeResult> {
    if (!permissions.canFor('manageUsers', organisationId)) return 'notMember'
    const action = role ? 'membership.role_changed' : 'membership.revoked'
    return this.changeMembership(permissions.user.id, organisationId, userId, role, action, reason, requestId)
  }

  /** Read-only access for someone from another organisation, under an agreement, until a day. */
  async grantExternalReadOnly(
    permissions: Permissions,
    organisationId: number,
    grant: { email: string; reason: string; endsOn: string },
    requestId?: string,
  ): Promise<ExternalGrantResult> {
    const [user, organisation] = await Promise.all([
      this.users.findByEmail(grant.email),
      this.organisations.findById(organisationId),
    ])
    if (!user || user.status !== 'active' || !organisation) return 'noSuchUser'
    if (await this.memberships.find(user.id, organisationId)) return 'alreadyMember'
    await this.db.transaction(async trx => {
      const decider = permissions.user.id
      await this.memberships.grant(
        {
          userId: user.id,
          organisationId,
          role: 'read_only',
          grantedBy: decider,
          reason: grant.reason,
          endsOn: grant.endsOn,
        },
        trx,
      )
      await this.audit.record(
        {
          actorUserId: decider,
          action: 'membership.external_granted',
          subjectType: 'organisation',
          subjectId: String(organisationId),
          details: { userId: user.id, role: 'read_only', endsOn: grant.endsOn, reason: grant.reason },
          requestId,
        },
        trx,
      )
      await this.email(
        'accessChanged',
        [user.email],
        {
          organisationName: organisation.name,
          change: `you have read-only access until ${grant.endsOn}`,
          accountUrl: `${this.settings.serviceUrl}/account/organisations`,
        },
        trx,
      )
    })
    return 'granted'
  }

  /** How many decisions wait for national administrators. */
  async nationalQueueSize(): Promise<number> {
    const [registrations, requests] = await Promise.all([this.users.awaitingApproval(), this.requestsWithoutAdmin()])
    return registrations.length + requests.length
  }

  async organisationsWithoutAdmin(limit: number) {
    return this.memberships.organisationsWithoutAdmin(limit)
  }

  async registrationsAwaitingApproval(): Promise<User[]> {
    return this.users.awaitingApproval()
  }

  /**
   * A national administrator approves or refuses an account whose address is not nhs.net. Approving
   * also grants the standard access it asked for at registration.
   */
  async decideRegistration(permissions: Permissions, userId: string, approve: boolean, requestId?: string) {
    if (!permissions.isNationalAdmin) return false
    return this.db.transaction(async trx => {
      const user = await this.users.findById(userId, trx)
      if (!user || user.status !== 'pending') return false
      await this.users.setStatus(user.id, approve ? 'active' : 'disabled', trx)
      await this.audit.record(
        {
          actorUserId: permissions.user.id,
          action: approve ? 'user.approved' : 'user.rejected',
          subjectType: 'user',
          subjectId: user.id,
          requestId,
        },
        trx,
      )
      if (!approve) return true
      for (const request of await this.accessRequests.pendingForUser(user.id)) {
        if (request.role !== 'standard') continue
        await this.accessRequests.decide(
          request.id,
          { status: 'approved', decidedBy: permissions.user.id, decisionReason: null },
          trx,
        )
        await this.memberships.grant(
          { userId: user.id, organisationId: request.organisationId, role: 'standard', grantedBy: permissions.user.id },
          trx,
        )
      }
      await this.email('accountApproved', [user.email], { accountUrl: `${this.settings.serviceUrl}/home` }, trx)
      return true
    })
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
      await this.email(
        'accessRequested',
        deciders,
        {
          organisationName: organisation.name,
          role: roleNames[role],
          decider:
            admins.length > 0
              ? `you are an admin of ${organisation.name}`
              : `you are a national administrator and ${organisation.name} has no admin`,
          decideUrl: `${this.settings.serviceUrl}/organisations/${organisation.odsCode}/requests/${id}`,
        },
        trx,
      )
      return true
    })
  }

  private async changeMembership(
    actorUserId: string,
    organisationId: number,
    userId: string,
    role: Role | null,
    action: string,
    reason: string | null,
    requestId?: string,
  ): Promise<MembershipChangeResult> {
    return this.db.transaction(async trx => {
      const admins = await this.memberships.lockAdmins(organisationId, trx)
      const member = await this.memberships.find(userId, organisationId, trx)
      if (!member) return 'notMember'
      if (member.role === 'admin' && role !== 'admin' && admins.length <= 1) return 'lastAdmin'
      if (role) {
        await this.memberships.grant({ userId, organisationId, role, grantedBy: actorUserId }, trx)
      } else {
        await this.memberships.remove(userId, organisationId, trx)
      }
      await this.audit.record(
        {
          actorUserId,
          action,
          subjectType: 'organisation',
          subjectId: String(organisationId),
          details: { userId, previousRole: member.role, role, reason },
          requestId,
        },
        trx,
      )
      if (actorUserId !== userId) {
        const organisation = await this.organisations.findById(organisationId, trx)
        await this.email(
          'accessChanged',
          [member.email],
          {
            organisationName: organisation?.name ?? 'an organisation',
            change: role ? `you now have ${roleNames[role]} access` : 'your access has been removed',
            accountUrl: `${this.settings.serviceUrl}/account/organisations`,
          },
          trx,
        )
      }
      return 'changed'
    })
  }

  private async email<Name extends EmailTemplateName>(
    template: Name,
    recipients: readonly string[],
    personalisation: Personalisation<Name>,
    trx: Knex.Transaction,
  ): Promise<void> {
    for (const recipient of recipients) await this.outbox.enqueue({ template, recipient, personalisation }, trx)
  }
}
