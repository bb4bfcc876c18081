import type { AccountRepository } from '../src/identity/accountRepository'
import { hashSecret } from '../src/identity/passwords'
import type { OrganisationRepository } from '../src/repositories/organisationRepository'

/** The password of every demo account; demo data is refused in production. */
export const DEMO_PASSWORD = 'Demo-password-2026'

export const demoAccounts = [
  {
    email: 'demo.standard@nhs.net',
    firstName: 'Alex',
    lastName: 'Morgan',
    jobRole: 'Nurse or midwife',
    odsCode: 'DMAG1',
  },
  {
    email: 'demo.pending@example.org',
    firstName: 'Jo',
    lastName: 'Evans',
    jobRole: 'Nurse or midwife',
    odsCode: 'DMBD1',
  },
] as const

/** Accounts in the bundled accounts service for trying the service out; safe to run again. */
export async function seedDemoAccounts(accounts: AccountRepository, organisations: OrganisationRepository) {
  const passwordHash = await hashSecret(DEMO_PASSWORD)
  for (const account of demoAccounts) {
    const organisation = await organisations.findByOdsCode(account.odsCode)
    if (!organisation) throw new Error(`Demo organisation ${account.odsCode} is missing: seed organisations first`)
    await accounts.create({
      email: account.email,
      first_name: account.firstName,
      last_name: account.lastName,
      job_role: account.jobRole,
      organisation_id: organisation.id,
      status: 'active',
      password_hash: passwordHash,
      is_demo: true,
    })
  }
}
