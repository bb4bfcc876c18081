import { useTestDatabase } from '../../test/database/testDatabase'
import { AuditRepository } from './auditRepository'

describe('the audit log', () => {
  const database = useTestDatabase()

  it('records who did what to which record, and when', async () => {
    const audit = new AuditRepository(database.current.db)
    await audit.record({
      action: 'event.viewed',
      subjectType: 'event',
      subjectId: 'ABC123',
      details: { role: 'admin' },
    })
    const row = await database.current.db('audit_log').where({ subject_id: 'ABC123' }).first()
    expect(row).toMatchObject({ action: 'event.viewed', subject_type: 'event', details: { role: 'admin' } })
    expect(row?.occurred_at).toBeInstanceOf(Date)
  })

  it.each([
    ['changed', "update audit_log set action = 'rewritten'"],
    ['deleted', 'delete from audit_log'],
    ['truncated', 'truncate audit_log'],
  ])('cannot be %s, even by the application’s own database user', async (_what, sql) => {
    const audit = new AuditRepository(database.current.db)
    await audit.record({ action: 'organisations.imported', subjectType: 'organisations' })
    await expect(database.current.db.raw(sql)).rejects.toThrow(/append-only/)
    expect(await database.current.db('audit_log').where({ action: 'rewritten' })).toHaveLength(0)
  })
})
