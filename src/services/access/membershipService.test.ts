import { useTestDatabase } from '../../../test/database/testDatabase'
import { anOrganisation } from '../../../test/support/builders'
import type { Role } from '../../domain/permissions/roles'
import { createRepositories } from '../../repositories'
import { MembershipRepository } from '../../repositories/membershipRepository'
import { NotPermitted } from '../notPermitted'
import { AccessEmails } from './accessEmails'
import { MembershipService } from './membershipService'

/** A membership given by someone else after any look at it, but before the write. */
class MembershipAddedAfterAnyLook extends MembershipRepository {
  override async find() {
    return undefined
  }
}

describe('read-only access under an agreement', () => {
  const database = useTestDatabase()
  const db = () => database.current.db
  const agreement = { email: 'reviewer@nhs.net', reason: 'Joint review agreement JR-4', endsOn: '2099-12-31' }

  const serviceWith = (memberships: MembershipRepository) => {
    const repositories = createRepositories(db())
    return new MembershipService(
      db(),
      new AccessEmails(repositories.outbox, { serviceUrl: 'http://localhost' }),
      repositories.users,
      memberships,
      repositories.organisations,
      repositories.audit,
    )
  }

  const aUser = async (email: string) => {
    const repositories = createRepositories(db())
    return db().transaction(trx =>
      repositories.users.ensure(
        { issuer: 'test', subject: email, email, firstName: 'Sam', lastName: 'Patel', jobRole: null },
        { status: 'active', isNationalAdmin: false, isDemo: true },
        trx,
      ),
    )
  }

  const aMember = async (email: string, organisationId: number, role: Role) => {
    const user = await aUser(email)
    await db().transaction(trx =>
      createRepositories(db()).memberships.grant({ userId: user.id, organisationId, role, grantedBy: null }, trx),
    )
    return user
  }

  const membershipOf = async (email: string, organisationId: number) =>
    db()('memberships')
      .join('users', 'users.id', 'memberships.user_id')
      .where('users.email', email)
      .andWhere('memberships.organisation_id', organisationId)
      .first('role', 'ends_on', 'reason')

  it('is refused to someone who is not an admin of the organisation, whatever the page asked', async () => {
    const organisationId = await anOrganisation(db(), 'DMT81')
    const colleague = await aMember('colleague@nhs.net', organisationId, 'organisational')
    await aUser(agreement.email)
    const service = serviceWith(createRepositories(db()).memberships)
    const permissions = await service.permissionsFor(colleague)

    await expect(service.grantExternalReadOnly(permissions, organisationId, agreement)).rejects.toThrow(NotPermitted)
    expect(await membershipOf(agreement.email, organisationId)).toBeUndefined()
  })

  it('never overwrites access someone was given while it was being granted', async () => {
    const organisationId = await anOrganisation(db(), 'DMT82')
    const admin = await aMember('admin@nhs.net', organisationId, 'admin')
    await aMember(agreement.email, organisationId, 'organisational')
    const service = serviceWith(new MembershipAddedAfterAnyLook(db()))

    const result = await service.grantExternalReadOnly(await service.permissionsFor(admin), organisationId, agreement)

    expect(result).toBe('alreadyMember')
    expect(await membershipOf(agreement.email, organisationId)).toEqual({
      role: 'organisational',
      ends_on: null,
      reason: null,
    })
  })

  it('gives it to someone whose earlier access has ended', async () => {
    const organisationId = await anOrganisation(db(), 'DMT83')
    const admin = await aMember('admin.two@nhs.net', organisationId, 'admin')
    const returning = await aMember('returning@nhs.net', organisationId, 'read_only')
    await db()('memberships').where({ user_id: returning.id }).update({ ends_on: '2020-01-01' })
    const service = serviceWith(createRepositories(db()).memberships)

    const result = await service.grantExternalReadOnly(await service.permissionsFor(admin), organisationId, {
      ...agreement,
      email: 'returning@nhs.net',
    })

    expect(result).toBe('granted')
    expect(await membershipOf('returning@nhs.net', organisationId)).toMatchObject({
      role: 'read_only',
      reason: agreement.reason,
    })
  })
})
