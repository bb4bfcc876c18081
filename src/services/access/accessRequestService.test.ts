import { useTestDatabase } from '../../../test/database/testDatabase'
import { anOrganisation } from '../../../test/support/builders'
import type { Role } from '../../domain/permissions/roles'
import { createRepositories } from '../../repositories'
import { AccessEmails } from './accessEmails'
import { AccessRequestService } from './accessRequestService'
import { MembershipService } from './membershipService'

describe('deciding a request for access', () => {
  const database = useTestDatabase()
  const db = () => database.current.db

  const services = () => {
    const repositories = createRepositories(db())
    const emails = new AccessEmails(repositories.outbox, { serviceUrl: 'http://localhost' })
    const { users, memberships, accessRequests, organisations, audit } = repositories
    return {
      requests: new AccessRequestService(db(), emails, users, memberships, accessRequests, organisations, audit),
      memberships: new MembershipService(db(), emails, users, memberships, organisations, audit),
    }
  }

  const aMember = async (email: string, organisationId: number, role: Role) => {
    const { users, memberships } = createRepositories(db())
    return db().transaction(async trx => {
      const user = await users.ensure(
        { issuer: 'test', subject: email, email, firstName: 'Sam', lastName: 'Patel', jobRole: null },
        { status: 'active', isNationalAdmin: false, isDemo: true },
        trx,
      )
      await memberships.grant({ userId: user.id, organisationId, role, grantedBy: null }, trx)
      return user
    })
  }

  it('never demotes an organisation’s only admin, even for a decider whose own admin access has just gone', async () => {
    const organisationId = await anOrganisation(db(), 'DMT71')
    const lead = await aMember('lead@nhs.net', organisationId, 'admin')
    const deputy = await aMember('deputy@nhs.net', organisationId, 'admin')
    const [row] = await db()('access_requests')
      .insert({ user_id: lead.id, organisation_id: organisationId, role: 'standard', reason: 'Before promotion' })
      .returning('id')
    const { requests, memberships } = services()
    // The deputy's permissions were read before their admin access was taken away.
    const deputyPermissions = await memberships.permissionsFor(deputy)
    await db()('memberships').where({ user_id: deputy.id }).update({ role: 'organisational' })

    const result = await requests.decide(deputyPermissions, row!.id, { approve: true, reason: null })

    expect(result).toBe('wouldReduceAccess')
    expect(await db()('memberships').where({ user_id: lead.id }).first()).toMatchObject({ role: 'admin' })
    expect(await db()('access_requests').where({ id: row!.id }).first()).toMatchObject({ status: 'pending' })
  })
})
