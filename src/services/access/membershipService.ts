import type { Knex } from 'knex'
import { Permissions } from '../../domain/permissions/permissions'
import { roleNames, type Role } from '../../domain/permissions/roles'
import type { AuditRepository } from '../../repositories/auditRepository'
import type { Member, MembershipRepository } from '../../repositories/membershipRepository'
import type { OrganisationRepository } from '../../repositories/organisationRepository'
import type { User, UserRepository } from '../../repositories/userRepository'
import { mustManageUsers } from '../notPermitted'
import type { AccessEmails } from './accessEmails'

export type MembershipChangeResult = 'changed' | 'lastAdmin' | 'notMember'
export type ExternalGrantResult = 'granted' | 'noSuchUser' | 'alreadyMember'

/**
 * Who has access to which organisation now: people leaving, admins changing or removing someone's
 * access, and read-only access for people from elsewhere under an agreement. Every change is
 * audited in its own transaction, and the people affected are emailed (links only).
 */
export class MembershipService {
  constructor(
    private readonly db: Knex,
    private readonly emails: AccessEmails,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditRepository,
  ) {}

  async permissionsFor(user: User): Promise<Permissions> {
    return new Permissions(user, await this.memberships.forUser(user.id))
  }

  async membersOf(permissions: Permissions, organisationId: number): Promise<Member[]> {
    mustManageUsers(permissions, organisationId)
    return this.memberships.membersOf(organisationId)
  }

  async memberOf(permissions: Permissions, organisationId: number, userId: string): Promise<Member | undefined> {
    mustManageUsers(permissions, organisationId)
    return this.memberships.find(userId, organisationId)
  }

  /** Leaves an organisation; its last admin cannot, or it would have no one to decide who gets in. */
  async leave(user: User, organisationId: number, requestId?: string): Promise<MembershipChangeResult> {
    return this.changeMembership(user.id, organisationId, user.id, null, 'membership.left', null, requestId)
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
    mustManageUsers(permissions, organisationId)
    const action = role ? 'membership.role_changed' : 'membership.revoked'
    return this.changeMembership(permissions.user.id, organisationId, userId, role, action, reason, requestId)
  }

  /**
   * Read-only access for someone from another organisation, under an agreement, until a day. Someone
   * who has access already keeps it, even when it was given a moment ago by another admin.
   */
  async grantExternalReadOnly(
    permissions: Permissions,
    organisationId: number,
    grant: { email: string; reason: string; endsOn: string },
    requestId?: string,
  ): Promise<ExternalGrantResult> {
    mustManageUsers(permissions, organisationId)
    const [user, organisation] = await Promise.all([
      this.users.findByEmail(grant.email),
      this.organisations.findById(organisationId),
    ])
    if (!user || user.status !== 'active' || !organisation) return 'noSuchUser'
    return this.db.transaction(async trx => {
      const decider = permissions.user.id
      const granted = await this.memberships.grantUnlessCurrent(
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
      if (!granted) return 'alreadyMember'
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
      await this.emails.send(
        'accessChanged',
        [user.email],
        {
          organisationName: organisation.name,
          change: `you have read-only access until ${grant.endsOn}`,
          accountUrl: this.emails.accountUrl,
        },
        trx,
      )
      return 'granted'
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
        await this.emails.send(
          'accessChanged',
          [member.email],
          {
            organisationName: organisation?.name ?? 'an organisation',
            change: role ? `you now have ${roleNames[role]} access` : 'your access has been removed',
            accountUrl: this.emails.accountUrl,
          },
          trx,
        )
      }
      return 'changed'
    })
  }
}
