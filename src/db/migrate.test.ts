import { useTestDatabase } from '../../test/database/testDatabase'
import { migrations } from '../../migrations'
import { migrateToLatest, migrationSource } from './migrate'

describe('database migrations', () => {
  const database = useTestDatabase()

  it('leave nothing to do on a migrated database', async () => {
    expect(await migrateToLatest(database.current.db)).toEqual([])
  })

  it('can all be rolled back and applied again', async () => {
    const db = database.current.db
    await db.migrate.rollback({ migrationSource }, true)
    const tables = await db.raw(
      "select count(*)::int as count from pg_tables where schemaname = 'public' and tablename not like 'knex%'",
    )
    expect(tables.rows[0].count).toBe(0)
    expect(await migrateToLatest(db)).toHaveLength(migrations.length)
  })
})
