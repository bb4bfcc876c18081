import type { Knex } from 'knex'
import { isNhsMail } from '../domain/accounts/nhsMail'
import type { AccessRequestRepository } from '../repositories/accessRequestRepository'
import type { AuditRepository } from '../repositories/auditRepository'
import type { MembershipRepository } from '../repositories/membershipRepository'
import type { OrganisationRepository } from '../repositories/organisationRepository'
import type { IdentityClaims, User, UserRepository } from '../repositories/userRepository'

export interface SignedInIdentity extends IdentityClaims {
  /** ODS code of the organisation the person registered with, when the issuer says. */
  organisationCode: string | null
  /** False when the issuer says it has not checked that the person owns the email address. */
  emailVerified: boolean
}

/**
 * Turns a verified sign-in into the service's user. A first sign-in creates the user and, when the
 * issuer names their organisation, a standard membership of it for an nhs.net address, or a request
 * for one that a national administrator approves with the account otherwise.
 */
export class SignInService {
  constructor(
    private readonly db: Knex,
    private readonly users: UserRepository,
    private readonly memberships: MembershipRepository,
    private readonly accessRequests: AccessRequestRepository,
    private readonly organisations: OrganisationRepository,
    private readonly audit: AuditRepository,
  ) {}

  async recordSignIn(identity: SignedInIdentity, requestId?: string): Promise<User> {
    const approved = identity.emailVerified && isNhsMail(identity.email)
    return this.db.transaction(async trx => {
      const { user, created } = await this.users.upsertFromClaims(identity, approved ? 'active' : 'pending', trx)
      if (created && identity.organisationCode) {
        const organisation = await this.organisations.findByOdsCode(identity.organisationCode, trx)
        if (organisation && approved) {
          await this.memberships.addIfMissing(
            { userId: user.id, organisationId: organisation.id, role: 'standard' },
            trx,
          )
        } else if (organisation) {
          await this.accessRequests.create(
            { userId: user.id, organisationId: organisation.id, role: 'standard', reason: null },
            trx,
          )
        }
      }
      await this.audit.record(
        { actorUserId: user.id, action: 'user.signed_in', subjectType: 'user', subjectId: user.id, requestId },
        trx,
      )
      return user
    })
  }

  async recordSignOut(userId: string, requestId?: string): Promise<void> {
    await this.audit.record({
      actorUserId: userId,
      action: 'user.signed_out',
      subjectType: 'user',
      subjectId: userId,
      requestId,
    })
  }
}
