import { useTestDatabase } from '../test/database/testDatabase'
import { createRepositories } from '../src/repositories'
import { createServices } from '../src/services'
import { loadConfig } from '../src/config'
import { createLogger } from '../src/logger'
import { seedDatabase } from '.'
import { demoEvents } from './demoEvents'

describe('seeding the database', () => {
  const database = useTestDatabase()
  const seeders = () => {
    const db = database.current.db
    const repositories = createRepositories(db)
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATABASE_URL: database.current.url })
    return { ...createServices(db, repositories, config, createLogger('silent')), ...repositories }
  }

  it('loads NHS England, 7 regions, 42 ICBs, the 16,496 listed organisations and the demo organisations', async () => {
    const summary = await seedDatabase(database.current.db, seeders(), { demo: true, issuer: 'https://issuer.example' })
    expect(summary).toEqual({ referenceOrganisationsAdded: 1 + 7 + 42 + 16_496, demoOrganisationsAdded: 12 })

    const counts = await database.current
      .db('organisations')
      .select('type')
      .count<{ type: string; count: string }[]>('* as count')
      .groupBy('type')
    const byType = Object.fromEntries(counts.map(row => [row.type, Number(row.count)]))
    expect(byType).toMatchObject({ national: 1, region: 7, icb: 42 })
  })

  it('places every ICB in its region, and claims no ICB for the listed organisations', async () => {
    const db = database.current.db
    expect(await db('organisations').where({ type: 'icb' }).whereNull('region_id')).toHaveLength(0)
    const westYorkshire = await db('organisations as icb')
      .join('organisations as region', 'region.id', 'icb.region_id')
      .where('icb.ods_code', 'QWO')
      .first('region.ods_code as region')
    expect(westYorkshire?.region).toBe('Y63')
    expect(await db('organisations').where({ is_demo: false }).whereNotNull('icb_id')).toHaveLength(0)
  })

  it('gives two ICBs in two regions a trust, GP practices, a dentist, an optometrist and a pharmacy, marked as demo', async () => {
    const rows = await database.current
      .db('organisations as o')
      .join('organisations as icb', 'icb.id', 'o.icb_id')
      .join('organisations as region', 'region.id', 'o.region_id')
      .where('o.is_demo', true)
      .select('o.type', 'icb.ods_code as icb', 'region.ods_code as region')
    const areas = new Set(rows.map(row => `${row.icb}/${row.region}`))
    expect(areas).toEqual(new Set(['QE1/Y62', 'QUY/Y58']))
    for (const area of areas) {
      const types = rows.filter(row => `${row.icb}/${row.region}` === area).map(row => row.type)
      expect(new Set(types)).toEqual(new Set(['nhs_trust', 'gp_practice', 'dental', 'optometry', 'community_pharmacy']))
    }
  })

  it('adds a demo person for every role and scope, with requests waiting for a decision', async () => {
    const db = database.current.db
    const accounts = await db('accounts').where({ is_demo: true }).pluck('email')
    expect(accounts).toHaveLength(9)
    const access = await db('memberships')
      .join('users', 'users.id', 'memberships.user_id')
      .join('organisations', 'organisations.id', 'memberships.organisation_id')
      .select('users.email', 'organisations.ods_code as odsCode', 'memberships.role', 'memberships.ends_on as endsOn')
    const roles = access.map(row => `${row.email} ${row.role} ${row.odsCode}${row.endsOn ? ' until' : ''}`).sort()
    expect(roles).toEqual([
      'demo.admin@nhs.net admin DMAT1',
      'demo.external@nhs.net read_only DMAT1 until',
      'demo.external@nhs.net standard DMBT1',
      'demo.icb@nhs.net read_only QE1',
      'demo.organisational@nhs.net organisational DMAT1',
      'demo.practice.nurse@nhs.net standard DMAG2',
      'demo.region@nhs.net read_only Y62',
      'demo.standard@nhs.net standard DMAG1',
    ])
    expect(await db('users').where({ is_national_admin: true }).pluck('email')).toEqual(['demo.national@nhs.net'])
    expect(await db('users').where({ status: 'pending' }).pluck('email')).toEqual(['demo.pending@example.org'])
    expect(await db('access_requests').where({ status: 'pending' }).count('* as count').first()).toEqual({ count: '3' })
  })

  it('records demo events whose free text others see redacted', async () => {
    const events = await database.current.db('events').orderBy('submission_key')
    expect(events).toHaveLength(demoEvents.length)
    for (const [index, event] of events.entries()) {
      // With no redacted copy at all there would be no identifier to find either: require the narrative, placeholdered.
      expect(event.redacted_answers?.event.description).toMatch(/\S.*\[[a-zA-Z ]+\]/)
      const redacted = JSON.stringify(event.redacted_answers)
      for (const identifier of demoEvents[index]!.identifiers) expect(redacted).not.toContain(identifier)
    }
  })

  it('can run again without duplicating or overwriting anything', async () => {
    const again = await seedDatabase(database.current.db, seeders(), { demo: true, issuer: 'https://issuer.example' })
    expect(again).toEqual({ referenceOrganisationsAdded: 0, demoOrganisationsAdded: 0 })
    const count = async (table: 'accounts' | 'users' | 'memberships' | 'access_requests' | 'events') =>
      (await database.current.db(table).count<{ count: string }[]>('* as count'))[0]?.count
    expect([
      await count('accounts'),
      await count('users'),
      await count('memberships'),
      await count('access_requests'),
      await count('events'),
    ]).toEqual(['9', '9', '8', '3', '3'])
  })
})
