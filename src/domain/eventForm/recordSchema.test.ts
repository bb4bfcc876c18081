import { changedQuestions } from './changedQuestions'
import { pagesFor } from './flow'
import { eventRecordSchema } from './recordSchema'

const incident = {
  event: {
    reporterOrganisation: 'DMAG1',
    eventType: 'incident',
    occurred: 'today',
    todaysDate: '2026-11-25',
    description: 'A fall on the ward.',
    patientCount: '1',
  },
  patients: [{ ageUnit: 'years', ageYears: '80', physicalHarm: '4' }],
  agents: { medications: { medicines: 'Warfarin', drugInvolvement: ['1'], tooMuchDrug: ['1'] } },
}

describe('the schema of a whole record', () => {
  it('accepts a record the questions can produce', () => {
    expect(eventRecordSchema.safeParse(incident).success).toBe(true)
  })

  it.each([
    ['an unknown answer', { ...incident, event: { ...incident.event, favouriteColour: 'blue' } }],
    ['a code not in its list', { ...incident, patients: [{ physicalHarm: '9' }] }],
    ['an impossible age', { ...incident, patients: [{ ageYears: '400' }] }],
    ['an agent with no questions', { ...incident, agents: { robots: {} } }],
    ['more than 100 patients', { ...incident, patients: Array.from({ length: 101 }, () => ({})) }],
  ])('refuses %s', (_name, record) => {
    expect(eventRecordSchema.safeParse(record).success).toBe(false)
  })
})

describe('what changed between versions', () => {
  it('names each question whose answer changed, and nothing else', () => {
    const context = { anonymous: false, choosesOrganisation: false }
    const after = {
      ...incident,
      event: { ...incident.event, description: 'A fall on the ward at night.' },
      patients: [{ ...incident.patients[0]!, physicalHarm: '3' }],
    }
    expect(changedQuestions(incident, after, pagesFor(incident, context), pagesFor(after, context))).toEqual([
      'What happened?',
      'How was patient 1 harmed?: What physical harm did it cause?',
    ])
  })
})
