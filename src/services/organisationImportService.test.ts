import { useTestDatabase } from '../../test/database/testDatabase'
import type { ImportedOrganisation } from '../domain/organisations/importedOrganisation'
import { createRepositories } from '../repositories'
import { OrganisationImportService } from './organisationImportService'

const organisation = (values: Partial<ImportedOrganisation> & Pick<ImportedOrganisation, 'odsCode'>) => ({
  name: `Organisation ${values.odsCode}`,
  type: 'gp_practice' as const,
  icbCode: null,
  regionCode: null,
  isOpen: true,
  ...values,
})

describe('importing organisations', () => {
  const database = useTestDatabase()
  const setUp = () => {
    const repositories = createRepositories(database.current.db)
    return {
      repositories,
      service: new OrganisationImportService(database.current.db, repositories.organisations, repositories.audit),
    }
  }

  it('links each organisation to its ICB and region, loading parents first whatever the order', async () => {
    const { repositories, service } = setUp()
    const summary = await service.importOrganisations(
      [
        organisation({ odsCode: 'DMX01', icbCode: 'QZ1', regionCode: 'Y99' }),
        organisation({ odsCode: 'QZ1', type: 'icb', regionCode: 'Y99' }),
        organisation({ odsCode: 'Y99', type: 'region' }),
      ],
      { source: 'test', onExisting: 'update' },
    )
    expect(summary).toEqual({ inserted: 3, updated: 0, unknownParents: [] })
    const region = await repositories.organisations.findByOdsCode('Y99')
    const icb = await repositories.organisations.findByOdsCode('QZ1')
    const practice = await repositories.organisations.findByOdsCode('DMX01')
    expect(icb).toMatchObject({ regionId: region?.id, icbId: null })
    expect(practice).toMatchObject({ icbId: icb?.id, regionId: region?.id, type: 'gp_practice' })
  })

  it('updates known organisations from a newer extract, or keeps them, as asked', async () => {
    const { repositories, service } = setUp()
    await service.importOrganisations([organisation({ odsCode: 'DMX02', name: 'Old name' })], {
      source: 'test',
      onExisting: 'update',
    })
    const kept = await service.importOrganisations(
      [organisation({ odsCode: 'DMX02', name: 'Ignored name' }), organisation({ odsCode: 'DMX03' })],
      { source: 'test', onExisting: 'keep' },
    )
    expect(kept).toMatchObject({ inserted: 1, updated: 0 })
    expect((await repositories.organisations.findByOdsCode('DMX02'))?.name).toBe('Old name')

    const updated = await service.importOrganisations(
      [organisation({ odsCode: 'DMX02', name: 'New name', isOpen: false })],
      { source: 'test', onExisting: 'update' },
    )
    expect(updated).toMatchObject({ inserted: 0, updated: 1 })
    expect(await repositories.organisations.findByOdsCode('DMX02')).toMatchObject({ name: 'New name', isOpen: false })
  })

  it('takes the last entry when a list names a code twice', async () => {
    const { repositories, service } = setUp()
    await service.importOrganisations(
      [organisation({ odsCode: 'DMX04', name: 'First' }), organisation({ odsCode: 'DMX04', name: 'Second' })],
      { source: 'test', onExisting: 'update' },
    )
    expect((await repositories.organisations.findByOdsCode('DMX04'))?.name).toBe('Second')
  })

  it('reports parents it does not know instead of inventing them', async () => {
    const { repositories, service } = setUp()
    const summary = await service.importOrganisations([organisation({ odsCode: 'DMX05', icbCode: 'QQQ' })], {
      source: 'test',
      onExisting: 'update',
    })
    expect(summary.unknownParents).toEqual(['QQQ'])
    expect((await repositories.organisations.findByOdsCode('DMX05'))?.icbId).toBeNull()
  })

  it('writes an audit row saying what was imported, from where', async () => {
    const { service } = setUp()
    await service.importOrganisations([organisation({ odsCode: 'DMX06' })], {
      source: 'epraccur.csv',
      onExisting: 'update',
    })
    const row = await database.current
      .db('audit_log')
      .where({ action: 'organisations.imported' })
      .orderBy('id', 'desc')
      .first()
    expect(row?.details).toEqual({ source: 'epraccur.csv', inserted: 1, updated: 0 })
  })
})
