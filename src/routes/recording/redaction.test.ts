import { useTestDatabase } from '../../../test/database/testDatabase'
import { csrfTokenFrom } from '../../../test/support/forms'
import { answerAll, appWithRecorder, shortIncident, startDraft, submit } from '../../../test/support/recording'
import type { Agent } from '../../../test/support/signIn'
import { startTestServer } from '../../../test/support/testApp'

const narrative =
  'Mrs Joan Hughes (DOB 03/04/1941) was given 10 mg by the bank nurse from Larkspur agency. Rae Corder was told.'

describe('what others see of free text', () => {
  const database = useTestDatabase()
  let server: Awaited<ReturnType<typeof startTestServer>>
  let recorder: Agent
  beforeAll(async () => {
    ;({ server, recorder } = await appWithRecorder(database.current))
  })
  afterAll(() => server.close())
  const db = () => database.current.db

  async function draftWithNarrative() {
    const base = await startDraft(recorder)
    await answerAll(
      recorder,
      base,
      shortIncident.map(([page, answers]) => [page, page === 'what-happened' ? { description: narrative } : answers]),
    )
    return base
  }

  async function hide(base: string, wordsToHide: string) {
    const page = await recorder.get(`${base}/hide-words`)
    return recorder
      .post(`${base}/hide-words`)
      .type('form')
      .send({ _csrf: csrfTokenFrom(page), wordsToHide })
  }

  it('shows the recorder, before submitting, what others will see, and lets them hide more words but never show them', async () => {
    const base = await draftWithNarrative()
    const check = await recorder.get(`${base}/check-answers`)
    expect(check.text).toContain('What others will see')
    expect(check.text).toContain(
      'Mrs [name] (DOB [date of birth]) was given 10 mg by the bank nurse from Larkspur agency. [name] was told.',
    )

    const empty = await hide(base, '  ')
    expect(empty.status).toBe(400)
    expect(empty.text).toContain('Enter the words or names you want to hide')
    const tooLong = await hide(base, 'x'.repeat(101))
    expect(tooLong.status).toBe(400)
    expect(tooLong.text).toContain('Each line must be 100 characters or fewer')

    const hidden = await hide(base, 'larkspur\n\nLarkspur')
    expect(hidden.headers.location).toBe(`${base}/check-answers#what-others-will-see`)
    const again = await recorder.get(`${base}/check-answers`)
    expect(again.text).toContain('from [redacted] agency')
    const words = await recorder.get(`${base}/hide-words`)
    expect(words.text).toContain('<li>larkspur</li>')
    // The recorder still sees what they typed.
    expect(again.text).toContain('Mrs Joan Hughes')

    expect((await submit(recorder, base)).status).toBe(303)
    const event = await db()('events').orderBy('recorded_at', 'desc').first()
    expect(event!.hidden_words).toEqual(['larkspur'])
    expect(event!.redactor_version).toBeGreaterThan(0)
    expect(event!.redacted_answers!.event.description).toBe(
      'Mrs [name] (DOB [date of birth]) was given 10 mg by the bank nurse from [redacted] agency. [name] was told.',
    )
    expect(event!.answers.event.description).toBe(narrative)
  })

  it('redacts stored events again when the rules change', async () => {
    const base = await draftWithNarrative()
    await submit(recorder, base)
    const event = (await db()('events').orderBy('recorded_at', 'desc').first())!
    await db()('events').update({ redacted_answers: null, redactor_version: null })
    expect(await server.dependencies.services.redactor.redactStale()).toBeGreaterThanOrEqual(1)
    const redone = await db()('events').where({ id: event.id }).first()
    expect(redone!.redacted_answers!.event.description).toContain('Mrs [name] (DOB [date of birth])')
    expect(await server.dependencies.services.redactor.redactStale()).toBe(0)
  })
})
