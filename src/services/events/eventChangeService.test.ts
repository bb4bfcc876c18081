import { useTestDatabase } from '../../../test/database/testDatabase'
import { anOrganisation } from '../../../test/support/builders'
import { createTestApp, type TestApp } from '../../../test/support/testApp'
import { anEvent, incidentAnswers } from '../../../seeds/anEvent'
import { Permissions, type Grant } from '../../domain/permissions/permissions'
import type { Role } from '../../domain/permissions/roles'
import type { StoredEvent } from '../../repositories/eventRepository'

describe('the one path for every change to an event', () => {
  const database = useTestDatabase()
  let testApp: TestApp
  const db = () => database.current.db
  const services = () => testApp.dependencies.services
  const organisations: Record<string, number> = {}
  const users: Record<string, string> = {}

  beforeAll(async () => {
    testApp = await createTestApp(database.current)
    organisations.trust = await anOrganisation(db(), 'DMC01')
    organisations.otherTrust = await anOrganisation(db(), 'DMC02')
    for (const name of ['recorder', 'reviewer', 'viewer']) {
      const [row] = await db()('users')
        .insert({ issuer: 'test', subject: name, email: `${name}@nhs.net`, first_name: name, last_name: 'Test' })
        .returning('id')
      users[name] = row!.id
    }
  })
  afterAll(() => testApp.close())

  const grant = (role: Role, organisationId = organisations.trust!): Grant => ({
    organisationId,
    odsCode: 'DMC01',
    organisationName: 'Trust',
    organisationType: 'gp_practice',
    role,
    endsOn: null,
  })
  const as = (user: string, ...grants: Grant[]) =>
    new Permissions({ id: users[user]!, isNationalAdmin: false, status: 'active' }, grants)
  const recorder = () => as('recorder', grant('standard'))
  const reviewer = () => as('reviewer', grant('organisational'))

  const recorded = () =>
    anEvent(services().recording, {
      odsCode: 'DMC01',
      recorder: { userId: users.recorder!, email: 'recorder@nhs.net' },
    })
  const withHarm = (event: StoredEvent, physicalHarm: string) =>
    incidentAnswers({ odsCode: event.organisationOdsCode, physicalHarm, occurredOn: '2026-11-20' })

  it('saves a reviewer’s change as the next version with who, why and through what, on the timeline and in the audit log', async () => {
    const event = await recorded()
    const result = await services().changes.applyUpdate(reviewer(), {
      eventId: event.id,
      baseRevision: 1,
      answers: withHarm(event, '3'),
      source: 'reviewer',
      reason: 'Harm regraded after the patient was seen again',
    })
    expect(result.outcome).toBe('saved')
    const revision = await db()('event_revisions').where({ event_id: event.id, revision: 2 }).first()
    expect(revision).toMatchObject({
      changed_by: users.reviewer,
      source: 'reviewer',
      reason: 'Harm regraded after the patient was seen again',
    })
    expect(await db()('events').where({ id: event.id }).first()).toMatchObject({
      revision: 2,
      highest_physical_harm: 3,
    })
    const timeline = await testApp.dependencies.repositories.eventTimeline.of(event.id)
    expect(timeline.map(item => [item.kind, item.revision, item.actorUserId])).toEqual([
      ['recorded', 1, users.recorder],
      ['updated', 2, users.reviewer],
    ])
    const audit = await db()('audit_log').where({ subject_id: event.id, action: 'event.updated' }).first()
    expect(audit).toMatchObject({
      actor_user_id: users.reviewer,
      details: expect.objectContaining({ source: 'reviewer' }),
    })
  })

  it('asks a reviewer, but not the recorder, for a reason', async () => {
    const event = await recorded()
    const change = { eventId: event.id, baseRevision: 1, answers: withHarm(event, '3') }
    expect(await services().changes.applyUpdate(reviewer(), { ...change, source: 'reviewer', reason: '  ' })).toEqual({
      outcome: 'reasonRequired',
    })
    const byRecorder = await services().changes.applyUpdate(recorder(), { ...change, source: 'recorder' })
    expect(byRecorder.outcome).toBe('saved')
  })

  it('refuses a change made from an older version, saving nothing', async () => {
    const event = await recorded()
    const first = { eventId: event.id, baseRevision: 1, source: 'reviewer' as const, reason: 'Regraded' }
    await services().changes.applyUpdate(reviewer(), { ...first, answers: withHarm(event, '3') })
    const late = await services().changes.applyUpdate(recorder(), {
      ...first,
      source: 'recorder',
      answers: withHarm(event, '2'),
    })
    expect(late.outcome).toBe('conflict')
    expect(await db()('events').where({ id: event.id }).first()).toMatchObject({
      revision: 2,
      highest_physical_harm: 3,
    })
  })

  it.each([
    ['read-only access', () => as('viewer', grant('read_only')), 'reviewer', 'submitted'],
    [
      'a reviewer of another organisation',
      () => as('viewer', grant('admin', organisations.otherTrust)),
      'reviewer',
      'submitted',
    ],
    ['a reviewer, once the review is complete', () => reviewer(), 'reviewer', 'reviewed'],
    ['the recorder, once the review is complete', () => recorder(), 'recorder', 'closed'],
    ['a reviewer claiming to be the recorder', () => reviewer(), 'recorder', 'submitted'],
  ] as const)('refuses %s', async (_who, permissions, source, status) => {
    const event = await recorded()
    await db()('events').where({ id: event.id }).update({ status })
    const result = await services().changes.applyUpdate(permissions(), {
      eventId: event.id,
      baseRevision: 1,
      answers: withHarm(event, '3'),
      source,
      reason: 'Regraded',
    })
    expect(result).toEqual({ outcome: 'notAllowed' })
    expect(await db()('event_revisions').where({ event_id: event.id }).count('* as count')).toEqual([{ count: '1' }])
  })

  it('moves the event to another organisation only for someone who may change events there too', async () => {
    const event = await recorded()
    const moved = { ...withHarm(event, '5'), event: { ...withHarm(event, '5').event, reporterOrganisation: 'DMC02' } }
    const change = { eventId: event.id, baseRevision: 1, answers: moved, source: 'reviewer' as const, reason: 'Moved' }
    expect(await services().changes.applyUpdate(reviewer(), change)).toEqual({ outcome: 'notAllowed' })
    const both = as('reviewer', grant('organisational'), grant('organisational', organisations.otherTrust))
    const result = await services().changes.applyUpdate(both, change)
    expect(result.outcome).toBe('saved')
    expect(await db()('events').where({ id: event.id }).first()).toMatchObject({
      organisation_id: organisations.otherTrust,
    })
  })

  it('saves nothing when nothing changed', async () => {
    const event = await recorded()
    const result = await services().changes.applyUpdate(recorder(), {
      eventId: event.id,
      baseRevision: 1,
      answers: event.answers,
      source: 'recorder',
    })
    expect(result.outcome).toBe('unchanged')
  })

  it('records an anonymous event through the same builder, with no recorder', async () => {
    const event = await anEvent(services().recording, { odsCode: 'DMC01' })
    expect(event).toMatchObject({ source: 'anonymous', recordedBy: null, revision: 1 })
  })
})
