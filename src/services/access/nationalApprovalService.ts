import type { Knex } from 'knex'
import type { Permissions } from '../../domain/permissions/permissions'
import type { AccessRequest, AccessRequestRepository } from '../../repositories/accessRequestRepository'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { MembershipRepository } from '../../repositories/membershipRepository'
import type { User, UserRepository } from '../../repositories/userRepository'
import { mustBeNationalAdmin } from '../notPermitted'
import type { AccessEmails } from './accessEmails'

/**
 * What only national administrators decide: accounts whose address is not nhs.net, and requests for
 * organisations that have no admin of their own.
 */
export class NationalApprovalService {
  constructor(
    private readonly db: Knex,
    private readonly emails: AccessEmails,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly accessRequests: AccessRequestRepository,
    private readonly audit: AuditRepository,
  ) {}

  async registrationsAwaitingApproval(permissions: Permissions): Promise<User[]> {
    mustBeNationalAdmin(permissions)
    return this.users.awaitingApproval()
  }

  /** The national queue: requests for organisations without an admin. */
  async requestsWithoutAdmin(permissions: Permissions): Promise<AccessRequest[]> {
    mustBeNationalAdmin(permissions)
    return this.accessRequests.pendingWithoutAdmin()
  }

  /** How many decisions wait for national administrators. */
  async queueSize(permissions: Permissions): Promise<number> {
    const [registrations, requests] = await Promise.all([
      this.registrationsAwaitingApproval(permissions),
      this.requestsWithoutAdmin(permissions),
    ])
    return registrations.length + requests.length
  }

  async organisationsWithoutAdmin(permissions: Permissions, limit: number) {
    mustBeNationalAdmin(permissions)
    return this.memberships.organisationsWithoutAdmin(limit)
  }

  /**
   * A national administrator approves or refuses an account whose address is not nhs.net. Approving
   * also grants the standard access it asked for at registration. False when it was decided already.
   */
  async decideRegistration(
    permissions: Permissions,
    userId: string,
    approve: boolean,
    requestId?: string,
  ): Promise<boolean> {
    mustBeNationalAdmin(permissions)
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
      await this.emails.send('accountApproved', [user.email], { accountUrl: this.emails.url('/home') }, trx)
      return true
    })
  }
}
