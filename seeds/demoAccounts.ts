import type { Role } from '../src/domain/permissions/roles'
import type { AccountRepository } from '../src/identity/accountRepository'
import { hashSecret } from '../src/identity/passwords'
import type { OrganisationRepository } from '../src/repositories/organisationRepository'

/** The password of every demo account; demo data is refused in production. */
export const DEMO_PASSWORD = 'Demo-password-2026'

interface DemoAccount {
  email: string
  firstName: string
  lastName: string
  jobRole: string
  /** The organisation the account registered with. */
  odsCode: string
  /** Access held from the start, beyond what signing in gives. */
  access?: ReadonlyArray<{ odsCode: string; role: Role; reason?: string; endsInDays?: number }>
  /** Requests waiting for a decision. */
  requests?: ReadonlyArray<{ odsCode: string; role: Role; reason: string }>
  isNationalAdmin?: boolean
  /** Not nhs.net: waits for a national administrator. */
  awaitingApproval?: boolean
}

/**
 * A person for every role and scope. The Northmoor trust (DMAT1) has an admin; the Northmoor
 * practices have none, so their requests go to national administrators until someone becomes one.
 */
export const demoAccounts = [
  {
    email: 'demo.standard@nhs.net',
    firstName: 'Alex',
    lastName: 'Morgan',
    jobRole: 'Nurse or midwife',
    odsCode: 'DMAG1',
    access: [{ odsCode: 'DMAG1', role: 'standard' }],
    requests: [{ odsCode: 'DMAG1', role: 'organisational', reason: 'I am the practice’s patient safety lead.' }],
  },
  {
    email: 'demo.pending@example.org',
    firstName: 'Jo',
    lastName: 'Evans',
    jobRole: 'Nurse or midwife',
    odsCode: 'DMBD1',
    awaitingApproval: true,
    requests: [{ odsCode: 'DMBD1', role: 'standard', reason: 'I work at the practice.' }],
  },
  {
    email: 'demo.practice.nurse@nhs.net',
    firstName: 'Dana',
    lastName: 'Kowalski',
    jobRole: 'Nurse or midwife',
    odsCode: 'DMAG2',
    access: [{ odsCode: 'DMAG2', role: 'standard' }],
  },
  {
    email: 'demo.organisational@nhs.net',
    firstName: 'Sam',
    lastName: 'Patel',
    jobRole: 'Nurse or midwife',
    odsCode: 'DMAT1',
    access: [{ odsCode: 'DMAT1', role: 'organisational' }],
    requests: [{ odsCode: 'DMAT1', role: 'admin', reason: 'I am covering for the patient safety manager.' }],
  },
  {
    email: 'demo.admin@nhs.net',
    firstName: 'Chris',
    lastName: 'Okafor',
    jobRole: 'Manager',
    odsCode: 'DMAT1',
    access: [{ odsCode: 'DMAT1', role: 'admin' }],
  },
  {
    email: 'demo.icb@nhs.net',
    firstName: 'Priya',
    lastName: 'Shah',
    jobRole: 'Manager',
    odsCode: 'QE1',
    access: [{ odsCode: 'QE1', role: 'read_only' }],
  },
  {
    email: 'demo.region@nhs.net',
    firstName: 'Tom',
    lastName: 'Hughes',
    jobRole: 'Manager',
    odsCode: 'Y62',
    access: [{ odsCode: 'Y62', role: 'read_only' }],
  },
  {
    email: 'demo.external@nhs.net',
    firstName: 'Grace',
    lastName: 'Adeyemi',
    jobRole: 'Manager',
    odsCode: 'DMBT1',
    access: [
      { odsCode: 'DMBT1', role: 'standard' },
      {
        odsCode: 'DMAT1',
        role: 'read_only',
        reason: 'Demo data sharing agreement for a joint review',
        endsInDays: 365,
      },
    ],
  },
  {
    email: 'demo.national@nhs.net',
    firstName: 'Morgan',
    lastName: 'Reid',
    jobRole: 'Manager',
    odsCode: 'X24',
    isNationalAdmin: true,
  },
] as const satisfies readonly DemoAccount[]

/** Accounts in the bundled accounts service for trying the service out; safe to run again. */
export async function seedDemoAccounts(accounts: AccountRepository, organisations: OrganisationRepository) {
  const passwordHash = await hashSecret(DEMO_PASSWORD)
  const ids = new Map<string, string>()
  for (const account of demoAccounts as readonly DemoAccount[]) {
    const organisation = await organisations.findByOdsCode(account.odsCode)
    if (!organisation) throw new Error(`Demo organisation ${account.odsCode} is missing: seed organisations first`)
    const id = await accounts.create({
      email: account.email,
      first_name: account.firstName,
      last_name: account.lastName,
      job_role: account.jobRole,
      organisation_id: organisation.id,
      status: 'active',
      password_hash: passwordHash,
      is_demo: true,
    })
    ids.set(account.email, id)
  }
  return ids
}
