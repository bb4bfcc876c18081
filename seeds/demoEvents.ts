import type { EventAnswers } from '../src/domain/eventForm/eventAnswers'
import type { UserRepository } from '../src/repositories/userRepository'
import type { EventRecordingService } from '../src/services/events/eventRecordingService'
import { todayInLondon } from '../src/routes/recording/today'

/**
 * A few invented events whose narratives hold the kinds of identifier staff write, so that reviewers
 * in the demo see what redaction does. Each names the identifiers nobody but its recorder may see.
 */
export const demoEvents = [
  {
    key: '6f1d2c3e-0000-4000-8000-000000000001',
    recorder: 'demo.standard@nhs.net',
    odsCode: 'DMAG1',
    description:
      'Mrs Joan Whitfield (DOB 03/04/1941, NHS number 943 476 5919) was given 10 mg of amlodipine instead of 5 mg. Her daughter Karen rang on 07700 900123 to say she felt dizzy.',
    identifiers: ['Whitfield', '03/04/1941', '943 476 5919', 'Karen', '07700 900123'],
  },
  {
    key: '6f1d2c3e-0000-4000-8000-000000000002',
    recorder: 'demo.organisational@nhs.net',
    odsCode: 'DMAT1',
    description:
      'Mr Arthur Penrose, hospital number K123456, of 14 Elm Road, Northmoor LA1 4AP, was sent home without his warfarin plan. Dr Okafor was told at 16:40.',
    identifiers: ['Penrose', 'K123456', '14 Elm Road', 'LA1 4AP'],
  },
  {
    key: '6f1d2c3e-0000-4000-8000-000000000003',
    recorder: 'demo.external@nhs.net',
    odsCode: 'DMBT1',
    description:
      'Patient Rukhsana Begum, born 12 March 1950, missed two doses of insulin on Ward 7. Her son can be reached at rukhsana.family@example.com.',
    identifiers: ['Rukhsana', 'Begum', '12 March 1950', 'rukhsana.family@example.com'],
  },
] as const

/** The shortest complete incident with one unharmed patient, as the questions store it. */
function incident(odsCode: string, description: string): EventAnswers {
  return {
    event: {
      eventType: 'incident',
      occurred: 'today',
      todaysDate: todayInLondon(),
      timeOfDay: '2',
      atReporterOrganisation: 'y',
      locationType: '11',
      serviceAreas: ['17'],
      description,
      healthcareProcess: '6',
      detectionPoint: '4',
      involvedAgents: ['4'],
      safetyChallenges: ['6'],
      patientCount: '1',
      levelOfConcern: '3',
      staffRole: '5',
      reporterInvolvement: '4',
      reporterOrganisation: odsCode,
    },
    agents: { medications: {} },
    patients: [
      { ageUnit: 'years', ageYears: '67', gender: '1', ethnicity: '52', physicalHarm: '5', psychologicalHarm: '4' },
    ],
  }
}

/** Records the demo events as their recorders; safe to run again, each having its own submission key. */
export async function seedDemoEvents(recording: EventRecordingService, users: UserRepository): Promise<void> {
  for (const event of demoEvents) {
    const recorder = (await users.findByEmail(event.recorder))!
    await recording.submit({
      key: event.key,
      answers: incident(event.odsCode, event.description),
      visited: [],
      hiddenWords: [],
      context: { anonymous: false, choosesOrganisation: false },
      recorder: { userId: recorder.id, email: recorder.email },
    })
  }
}
