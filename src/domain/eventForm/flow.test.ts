import { emptyAnswers, type EventAnswers } from './eventAnswers'
import {
  applicableAnswers,
  CHECK_ANSWERS,
  firstUnanswered,
  incompletePages,
  nextAfter,
  pagesFor,
  withAnswers,
  type RecordingContext,
} from './flow'

const signedIn: RecordingContext = { anonymous: false, choosesOrganisation: false }
const anonymous: RecordingContext = { anonymous: true, choosesOrganisation: true }

function record(
  event: EventAnswers['event'],
  patients: EventAnswers['patients'] = [],
  agents: EventAnswers['agents'] = {},
): EventAnswers {
  return { event: { reporterOrganisation: 'DMAG1', ...event }, patients, agents }
}

const slugs = (answers: EventAnswers, context = signedIn) => pagesFor(answers, context).map(page => page.slug)

describe('the question flow', () => {
  it('asks what is being recorded first, after why and for whom when recording anonymously', () => {
    expect(slugs(emptyAnswers())).toEqual(['event-type'])
    expect(slugs(emptyAnswers(), anonymous)).toEqual(['why-anonymous', 'organisation', 'event-type'])
  })

  it('keeps the shortest no-harm incident with one patient within 15 pages from event type to confirmation', () => {
    const answers = record({ eventType: 'incident', involvedAgents: ['10'], patientCount: '1' }, [
      { physicalHarm: '5', psychologicalHarm: '4' },
    ])
    const questionPages = pagesFor(answers, signedIn).filter(page => !page.returnTo)
    // Every question page, then check your answers and the confirmation.
    expect(questionPages.length + 2).toBeLessThanOrEqual(15)
    expect(questionPages.map(page => page.slug)).toEqual([
      'event-type',
      'when',
      'where',
      'services',
      'what-happened',
      'process',
      'involved',
      'involved-details',
      'safety-challenges',
      'patients',
      'patient-1',
      'patient-1-harm',
      'about-you',
    ])
  })

  it.each([
    ['outcome', 12],
    ['risk', 10],
    ['goodCare', 8],
  ])('keeps the shortest %s short (%i pages to confirmation)', (eventType, pages) => {
    const answers = record({ eventType, patientCount: '1' }, [{ physicalHarm: '5', psychologicalHarm: '4' }])
    expect(pagesFor(answers, signedIn).filter(page => !page.returnTo).length + 2).toBe(pages)
  })

  it('asks about a risk, and never about harm, for a risk', () => {
    const pages = slugs(record({ eventType: 'risk' }))
    expect(pages).toEqual([
      'event-type',
      'what-happened',
      'risk-themes',
      'risk-imminent',
      'risk-who',
      'risk-timeframe',
      'risk-where',
      'about-you',
    ])
  })

  it('asks how far the incident caused the harm only when the harm was severe or fatal', () => {
    const event = { eventType: 'incident', patientCount: '3' }
    const answers = record(event, [
      { physicalHarm: '3' },
      { physicalHarm: '2' },
      { physicalHarm: '5', psychologicalHarm: '1' },
    ])
    const pages = slugs(answers)
    expect(pages).not.toContain('patient-1-association')
    expect(pages).toContain('patient-2-association')
    expect(pages).toContain('patient-3-association')
    expect(pages).toContain('patients-summary')
  })

  it('does not need psychological harm when the patient died', () => {
    const pages = pagesFor(record({ eventType: 'incident', patientCount: '1' }, [{ physicalHarm: '1' }]), signedIn)
    const harm = pages.find(page => page.slug === 'patient-1-harm')!
    expect(incompletePages([harm], record({ patientCount: '1' }, [{ physicalHarm: '1' }]))).toEqual([])
    expect(incompletePages([harm], record({ patientCount: '1' }, [{ physicalHarm: '2' }]))).toEqual([harm])
  })

  it('asks whether harm is imminent when an incident involved no patients', () => {
    expect(slugs(record({ eventType: 'incident', patientCount: '0' }))).toContain('no-patients')
    expect(slugs(record({ eventType: 'incident' }))).not.toContain('no-patients')
  })

  it('offers the details of each chosen agent from the task list, which they return to', () => {
    const answers = record({ eventType: 'incident', involvedAgents: ['4', '3'] })
    const pages = pagesFor(answers, signedIn)
    expect(pages.map(page => page.slug)).toEqual(
      expect.arrayContaining([
        'involved-details',
        'involved-medications',
        'involved-medications-process',
        'involved-devices',
        'involved-devices-problem',
      ]),
    )
    expect(nextAfter('involved', pages)).toBe('involved-details')
    expect(nextAfter('involved-medications', pages)).toBe('involved-medications-process')
    expect(nextAfter('involved-medications-process', pages)).toBe('involved-details')
    expect(nextAfter('involved-devices-problem', pages)).toBe('involved-details')
    expect(nextAfter('involved-details', pages)).toBe('safety-challenges')
    expect(nextAfter('about-you', pages)).toBe(CHECK_ANSWERS)
  })

  it('resumes at the first question not yet answered', () => {
    const answers = record({ eventType: 'incident', occurred: 'today', timeOfDay: '2' })
    const pages = pagesFor(answers, signedIn)
    expect(firstUnanswered(pages, answers, ['event-type', 'when'])).toBe('where')
    // A page seen but left without a required answer (saved for later) is where to resume.
    expect(firstUnanswered(pages, record({ eventType: 'incident' }), ['event-type', 'when'])).toBe('when')
  })

  it('keeps only the answers to questions that still apply', () => {
    let answers = record({
      eventType: 'incident',
      occurred: 'date',
      occurredOn: '2026-01-02',
      involvedAgents: ['4'],
      riskThemes: ['1'],
    })
    answers = withAnswers(answers, { kind: 'agent', agent: 'medications' }, { medicines: 'Paracetamol' })
    answers = withAnswers(answers, { kind: 'agent', agent: 'devices' }, { manufacturer: 'Acme' })
    const kept = applicableAnswers(answers, pagesFor(answers, signedIn))
    expect(kept.event).toEqual({
      reporterOrganisation: 'DMAG1',
      eventType: 'incident',
      occurred: 'date',
      occurredOn: '2026-01-02',
      involvedAgents: ['4'],
    })
    expect(kept.agents).toEqual({ medications: { medicines: 'Paracetamol' } })
  })
})
