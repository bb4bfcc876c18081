import type { UserRepository } from '../src/repositories/userRepository'
import type { EventRecordingService } from '../src/services/events/eventRecordingService'
import { todayInLondon } from '../src/domain/time/today'
import { anEvent } from './anEvent'

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

/** Records the demo events as their recorders; safe to run again, each having its own submission key. */
export async function seedDemoEvents(recording: EventRecordingService, users: UserRepository): Promise<void> {
  for (const event of demoEvents) {
    const recorder = (await users.findByEmail(event.recorder))!
    await anEvent(recording, {
      key: event.key,
      odsCode: event.odsCode,
      description: event.description,
      occurredOn: todayInLondon(),
      recorder: { userId: recorder.id, email: recorder.email },
    })
  }
}
