import { useTestDatabase } from '../test/database/testDatabase'
import { createRepositories } from '../src/repositories'
import { OrganisationImportService } from '../src/services/organisationImportService'
import { seedDatabase } from '.'

describe('seeding the database', () => {
  const database = useTestDatabase()
  const seeders = () => {
    const repositories = createRepositories(database.current.db)
    const organisationImport = new OrganisationImportService(
      database.current.db,
      repositories.organisations,
      repositories.audit,
    )
    return { ...repositories, organisationImport }
  }

  it('loads NHS England, 7 regions, 42 ICBs, the 16,496 listed organisations and the demo organisations', async () => {
    const summary = await seedDatabase(seeders(), { demo: true })
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

  it('adds demo accounts to the accounts service: one at nhs.net, one that will need approval', async () => {
    const accounts = await database.current.db('accounts').where({ is_demo: true }).orderBy('email').pluck('email')
    expect(accounts).toEqual(['demo.pending@example.org', 'demo.standard@nhs.net'])
  })

  it('can run again without duplicating or overwriting anything', async () => {
    const again = await seedDatabase(seeders(), { demo: true })
    expect(again).toEqual({ referenceOrganisationsAdded: 0, demoOrganisationsAdded: 0 })
    expect(await database.current.db('accounts').count('* as count').first()).toEqual({ count: '2' })
  })
})
