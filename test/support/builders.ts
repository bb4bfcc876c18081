import type { Knex } from 'knex'
import { AccountRepository } from '../../src/identity/accountRepository'
import { hashSecret } from '../../src/identity/passwords'

export const TEST_PASSWORD = 'correct-horse-battery-staple'

/** An organisation for tests, invented and marked as demo data. */
export async function anOrganisation(db: Knex, odsCode = 'DMT99'): Promise<number> {
  const [row] = await db('organisations')
    .insert({ ods_code: odsCode, name: `Test organisation ${odsCode}`, type: 'gp_practice', is_demo: true })
    .onConflict('ods_code')
    .merge(['name'])
    .returning('id')
  return row!.id
}

/** An active account in the accounts service, with TEST_PASSWORD unless told otherwise. */
export async function anAccount(
  db: Knex,
  values: { email: string; firstName?: string; lastName?: string; odsCode?: string; password?: string },
): Promise<string> {
  return new AccountRepository(db).create({
    email: values.email,
    first_name: values.firstName ?? 'Sam',
    last_name: values.lastName ?? 'Patel',
    job_role: 'Staff nurse',
    organisation_id: await anOrganisation(db, values.odsCode),
    status: 'active',
    password_hash: await hashSecret(values.password ?? TEST_PASSWORD),
    is_demo: true,
  })
}
