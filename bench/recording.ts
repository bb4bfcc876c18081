/**
 * Figures for recording events: how fast answers are saved to drafts and events are submitted, and
 * how quickly someone's own list of events comes back once the table holds a year's national volume
 * scaled down (BENCH_EVENTS, 100,000 by default).
 */
import { randomUUID } from 'node:crypto'
import { performance } from 'node:perf_hooks'
import { emptyAnswers, type EventAnswers } from '../src/domain/eventForm/eventAnswers'
import { eventColumns } from '../src/domain/events/eventColumns'
import { newReferenceNumber } from '../src/domain/events/referenceNumber'
import { incidentAnswers } from '../seeds/anEvent'
import { fail, measure, runBenchmark, timed, type Figure } from './support'

const SUBMISSIONS = 1000
const CONCURRENCY = 10
// PostgreSQL takes at most 65,535 values in one statement.
const BATCH = 2000
const BACKGROUND_EVENTS = Number(process.env.BENCH_EVENTS ?? 100_000)

const incident = incidentAnswers({
  odsCode: 'DMB01',
  locationType: '4',
  serviceAreas: ['1'],
  physicalHarm: '4',
  description: 'A synthetic incident description of a typical length. '.repeat(12),
})
const context = { anonymous: false, choosesOrganisation: false }

runBenchmark('recording', 54336, async ({ db, services, repositories }) => {
  const figures: Figure[] = []
  const [organisation] = await db('organisations')
    .insert({ ods_code: 'DMB01', name: 'Benchmark trust (demo)', type: 'nhs_trust', is_demo: true })
    .returning('id')
  const users = await db('users')
    .insert(
      Array.from({ length: 50 }, (_, index) => ({
        issuer: 'bench',
        subject: `user-${index}`,
        email: `bench.${index}@nhs.net`,
        first_name: 'Bench',
        last_name: `User ${index}`,
        status: 'active',
        is_demo: true,
      })),
    )
    .returning('id')
  const userId = (index: number) => users[index % users.length]!.id as string

  figures.push([
    `load ${BACKGROUND_EVENTS.toLocaleString('en-GB')} events from other recorders`,
    await timed(async () => {
      const columns = eventColumns(incident)
      for (let done = 0; done < BACKGROUND_EVENTS; done += BATCH) {
        const batch = Array.from({ length: Math.min(BATCH, BACKGROUND_EVENTS - done) }, () => ({
          reference: newReferenceNumber(),
          submission_key: randomUUID(),
          organisation_id: organisation!.id,
          event_type: 'incident' as const,
          source: 'online' as const,
          answers: JSON.stringify(incident) as unknown as EventAnswers,
          ...columns,
        }))
        await db('events').insert(batch).onConflict('reference').ignore()
      }
      await db.raw('analyze events')
    }),
  ])

  const drafts = await Promise.all(
    Array.from({ length: SUBMISSIONS }, (_, index) => services.recording.startDraft(userId(index), emptyAnswers())),
  )
  figures.push(
    ...(await measure('save one page of answers to a draft', SUBMISSIONS, CONCURRENCY, async index => {
      await services.recording.updateDraft(userId(index), drafts[index]!, () => ({
        answers: incident,
        visited: ['event-type'],
        hiddenWords: [],
      }))
    })),
  )
  figures.push(
    ...(await measure(
      'submit an event (event, version, audit, email, draft removed)',
      SUBMISSIONS,
      CONCURRENCY,
      async index => {
        await services.recording.submit({
          key: drafts[index]!,
          answers: incident,
          visited: [],
          hiddenWords: [],
          context,
          recorder: { userId: userId(index), email: `bench.${index % users.length}@nhs.net` },
        })
      },
    )),
  )
  figures.push(
    ...(await measure('submit the same event again (found, not duplicated)', SUBMISSIONS, CONCURRENCY, async index => {
      await services.recording.submit({
        key: drafts[index]!,
        answers: incident,
        visited: [],
        hiddenWords: [],
        context,
        recorder: { userId: userId(index), email: 'x@nhs.net' },
      })
    })),
  )
  const listStart = performance.now()
  for (let index = 0; index < 200; index++) {
    await repositories.events.listRecordedBy(
      userId(index),
      { words: index % 2 ? 'synthetic' : undefined },
      { limit: 20, offset: 0 },
    )
  }
  figures.push([
    'your submitted events, first page (mean of 200)',
    `${((performance.now() - listStart) / 200).toFixed(1)} ms`,
  ])
  return figures
}).catch(fail)
