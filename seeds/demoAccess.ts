import type { Knex } from 'knex'
import type { Repositories } from '../src/repositories'
import { demoAccounts } from './demoAccounts'

const DAY_MS = 86_400_000

/**
 * Gives the demo people their roles before they first sign in, as the issuer named by `issuer` will
 * identify them, with requests waiting for a decision. Safe to run again: access already given and
 * requests already made or decided are left as they are.
 */
export async function seedDemoAccess(
  db: Knex,
  { users, memberships, accessRequests, organisations }: Repositories,
  accountIds: ReadonlyMap<string, string>,
  issuer: string,
): Promise<void> {
  await db.transaction(async trx => {
    for (const account of demoAccounts) {
      const user = await users.ensure(
        {
          issuer,
          subject: accountIds.get(account.email)!,
          email: account.email,
          firstName: account.firstName,
          lastName: account.lastName,
          jobRole: account.jobRole,
        },
        {
          status: 'awaitingApproval' in account ? 'pending' : 'active',
          isNationalAdmin: 'isNationalAdmin' in account,
          isDemo: true,
        },
        trx,
      )
      const organisationId = async (odsCode: string) => (await organisations.findByOdsCode(odsCode, trx))!.id
      for (const access of 'access' in account ? account.access : []) {
        const existing = await memberships.find(user.id, await organisationId(access.odsCode), trx)
        if (existing) continue
        const endsInDays = 'endsInDays' in access ? access.endsInDays : undefined
        await memberships.grant(
          {
            userId: user.id,
            organisationId: await organisationId(access.odsCode),
            role: access.role,
            grantedBy: null,
            reason: 'reason' in access ? access.reason : null,
            endsOn: endsInDays ? new Date(Date.now() + endsInDays * DAY_MS).toISOString().slice(0, 10) : null,
          },
          trx,
        )
      }
      for (const request of 'requests' in account ? account.requests : []) {
        const organisation = await organisationId(request.odsCode)
        if (await accessRequests.existsFor(user.id, organisation, trx)) continue
        await accessRequests.create(
          { userId: user.id, organisationId: organisation, role: request.role, reason: request.reason },
          trx,
        )
      }
    }
  })
}
