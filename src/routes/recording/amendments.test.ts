import { useTestDatabase } from '../../../test/database/testDatabase'
import { csrfTokenFrom } from '../../../test/support/forms'
import { answer, appWithRecorder, recordShortIncident, submit } from '../../../test/support/recording'
import type { Agent } from '../../../test/support/signIn'
import { startTestServer } from '../../../test/support/testApp'

describe('updating a recorded event', () => {
  const database = useTestDatabase()
  let server: Awaited<ReturnType<typeof startTestServer>>
  let recorder: Agent
  beforeAll(async () => {
    ;({ server, recorder } = await appWithRecorder(database.current))
  })
  afterAll(() => server.close())

  const db = () => database.current.db

  /** "Update this event" on the event's page; returns the amendment's address. */
  async function startAmendment(eventId: string) {
    const eventPage = await recorder.get(`/events/${eventId}`)
    const amend = await recorder
      .post(`/events/${eventId}/amend`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(eventPage) })
    return amend.headers.location!.replace(/\/check-answers$/, '')
  }

  it('saves an amendment as a new version, keeping the earlier one, and records what changed', async () => {
    const { eventId } = await recordShortIncident(recorder)
    const base = await startAmendment(eventId)
    const changed = await answer(recorder, `${base}/patient-1-harm?change=yes`, {
      physicalHarm: '3',
      psychologicalHarm: '4',
    })
    expect(changed.headers.location).toBe(`${base}/check-answers`)
    const saved = await submit(recorder, base)
    expect(saved.headers.location).toBe(`/events/${eventId}?updated=yes`)

    const event = await db()('events').where({ id: eventId }).first()
    expect(event).toMatchObject({ revision: 2, highest_physical_harm: 3 })
    const revisions = await db()('event_revisions').where({ event_id: eventId }).orderBy('revision')
    expect(revisions.map(revision => revision.revision)).toEqual([1, 2])
    expect(revisions[0]!.answers.patients[0]?.physicalHarm).toBe('5')
    expect(revisions[1]!.changes).toEqual(['How was patient 1 harmed?: What physical harm did it cause?'])
    const first = await recorder.get(`/events/${eventId}/versions/1`)
    expect(first.text).toContain('No physical harm')
    expect(first.text).toContain('This is an earlier version')
    const actions = await db()('audit_log').where({ subject_id: eventId }).orderBy('id').pluck('action')
    expect(actions).toEqual(['event.submitted', 'event.updated'])
  })

  it('lets the recorder update an event only while it is open: not once its review is complete', async () => {
    const { eventId } = await recordShortIncident(recorder)
    const base = await startAmendment(eventId)
    await answer(recorder, `${base}/patient-1-harm?change=yes`, { physicalHarm: '3', psychologicalHarm: '4' })

    for (const status of ['reviewed', 'closed']) {
      await db()('events').where({ id: eventId }).update({ status })
      const closedPage = await recorder.get(`/events/${eventId}`)
      expect(closedPage.text).toContain('can no longer be updated')
      expect(closedPage.text).not.toContain('Update this event')
      const refused = await recorder
        .post(`/events/${eventId}/amend`)
        .type('form')
        .send({ _csrf: csrfTokenFrom(await recorder.get('/feedback')) })
      expect(refused.headers.location).toBe(`/events/${eventId}`)
      // An amendment begun while it was open is not saved either.
      const submitted = await submit(recorder, base)
      expect(submitted.headers.location).toBe(`/events/${eventId}`)
    }
    const event = await db()('events').where({ id: eventId }).first()
    expect(event).toMatchObject({ revision: 1, highest_physical_harm: 5 })
    expect(await db()('event_drafts').where({ event_id: eventId }).count('* as count')).toEqual([{ count: '1' }])
  })

  it('shows both versions when the event changed during an amendment, and loses neither', async () => {
    const { eventId } = await recordShortIncident(recorder)
    const onWard = await startAmendment(eventId)
    const atHome = await startAmendment(eventId)
    await answer(recorder, `${onWard}/what-happened?change=yes`, {
      description: 'Updated on the ward.',
      immediateActions: 'Observations every hour.',
    })
    await answer(recorder, `${atHome}/what-happened?change=yes`, { description: 'Updated at home.' })
    expect((await submit(recorder, onWard)).headers.location).toBe(`/events/${eventId}?updated=yes`)

    const conflict = await submit(recorder, atHome)
    expect(conflict.headers.location).toBe(`${atHome}/conflict`)
    const page = await recorder.get(`${atHome}/conflict`)
    expect(page.text).toContain('This event was changed while you were updating it')
    expect(page.text).toContain('Updated on the ward.')
    expect(page.text).toContain('Updated at home.')
    expect((await db()('events').where({ id: eventId }).first())!.answers.event.description).toBe(
      'Updated on the ward.',
    )

    const keep = await recorder
      .post(`${atHome}/conflict`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), keep: 'mine' })
    expect(keep.headers.location).toBe(`${atHome}/check-answers`)
    expect((await submit(recorder, atHome)).headers.location).toBe(`/events/${eventId}?updated=yes`)
    const event = await db()('events').where({ id: eventId }).first()
    expect(event).toMatchObject({ revision: 3 })
    expect(event!.answers.event.description).toBe('Updated at home.')
    // What only the other version changed stays as it was saved.
    expect(event!.answers.event.immediateActions).toBe('Observations every hour.')
  })
})
