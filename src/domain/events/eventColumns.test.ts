import { eventColumns } from './eventColumns'

describe('the columns a dashboard filters on', () => {
  it('come from the answers, with the worst harm of any patient', () => {
    const columns = eventColumns({
      event: {
        eventType: 'incident',
        occurred: 'month',
        occurredMonth: '2026-02',
        serviceAreas: ['1', '19'],
        locationType: '4',
        specialty: '58',
        safetyChallenges: ['2'],
        involvedAgents: ['4', '10'],
        patientCount: '2',
        levelOfConcern: '4',
      },
      patients: [
        { physicalHarm: '4', psychologicalHarm: '3' },
        { physicalHarm: '2', psychologicalHarm: '4' },
      ],
      agents: {},
    })
    expect(columns).toEqual({
      occurred_from: '2026-02-01',
      occurred_to: '2026-02-28',
      service_areas: ['1', '19'],
      location_type: '4',
      specialty: '58',
      highest_physical_harm: 2,
      highest_psychological_harm: 3,
      safety_challenges: ['2'],
      agents: ['4', '10'],
      patient_count: 2,
      level_of_concern: 4,
    })
  })

  it('date an event recorded as happening today on the day it was recorded', () => {
    const columns = eventColumns({ event: { occurred: 'today', todaysDate: '2026-11-25' }, patients: [], agents: {} })
    expect([columns.occurred_from, columns.occurred_to]).toEqual(['2026-11-25', '2026-11-25'])
  })

  it('leave unknown dates and harm empty rather than guessing', () => {
    const columns = eventColumns({
      event: { occurred: 'unknown', eventType: 'risk', riskServiceAreas: ['9'] },
      patients: [],
      agents: {},
    })
    expect(columns).toMatchObject({
      occurred_from: null,
      occurred_to: null,
      highest_physical_harm: null,
      service_areas: ['9'],
    })
  })
})
