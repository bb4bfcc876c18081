import { randomUUID } from 'node:crypto'
import type { EventAnswers } from '../src/domain/eventForm/eventAnswers'
import type { StoredEvent } from '../src/repositories/eventRepository'
import type { EventRecordingService } from '../src/services/events/eventRecordingService'

/** What an invented incident may differ in; everything else is the shortest complete incident. */
export interface IncidentValues {
  odsCode: string
  description?: string
  /** The date it happened, as YYYY-MM-DD. */
  occurredOn?: string
  /** LFPSE physical and psychological harm codes of its one patient (5 and 4: none). */
  physicalHarm?: string
  psychologicalHarm?: string
  locationType?: string
  serviceAreas?: string[]
}

/** The answers of a complete incident with one patient, as the questions store them. */
export function incidentAnswers(values: IncidentValues): EventAnswers {
  return {
    event: {
      eventType: 'incident',
      occurred: 'date',
      occurredOn: values.occurredOn ?? '2026-11-20',
      timeOfDay: '2',
      atReporterOrganisation: 'y',
      locationType: values.locationType ?? '11',
      serviceAreas: values.serviceAreas ?? ['17'],
      description: values.description ?? 'The patient was given 10 mg instead of 1 mg. It was noticed in time.',
      healthcareProcess: '6',
      detectionPoint: '4',
      involvedAgents: ['4'],
      safetyChallenges: ['6'],
      patientCount: '1',
      levelOfConcern: '3',
      staffRole: '5',
      reporterInvolvement: '4',
      reporterOrganisation: values.odsCode,
    },
    agents: { medications: {} },
    patients: [
      {
        ageUnit: 'years',
        ageYears: '67',
        gender: '1',
        ethnicity: '52',
        physicalHarm: values.physicalHarm ?? '5',
        psychologicalHarm: values.psychologicalHarm ?? '4',
      },
    ],
  }
}

/**
 * Records an invented incident straight through the recording service, as a signed-in recorder or
 * (with no recorder) anonymously, for tests, demo data and benchmarks. Submitting the same key again
 * finds the same event.
 */
export async function anEvent(
  recording: EventRecordingService,
  values: IncidentValues & { recorder?: { userId: string; email: string }; key?: string },
): Promise<StoredEvent> {
  const anonymous = !values.recorder
  const answers = incidentAnswers(values)
  if (anonymous) Object.assign(answers.event, { whyAnonymous: ['1'], reporterType: '3' })
  return recording.submit({
    key: values.key ?? randomUUID(),
    answers,
    visited: [],
    hiddenWords: [],
    context: { anonymous, choosesOrganisation: anonymous },
    recorder: values.recorder,
  })
}
