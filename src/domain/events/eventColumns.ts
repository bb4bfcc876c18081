import type { EventRow } from '../../db/tables'
import { agentKeys, chosenAgents, list, single, type EventAnswers } from '../eventForm/eventAnswers'

/** What a dashboard filters and counts on, copied from the answers into indexed columns. */
export type EventColumns = Pick<
  EventRow,
  | 'occurred_from'
  | 'occurred_to'
  | 'service_areas'
  | 'location_type'
  | 'specialty'
  | 'highest_physical_harm'
  | 'highest_psychological_harm'
  | 'safety_challenges'
  | 'agents'
  | 'patient_count'
  | 'level_of_concern'
>

export function eventColumns(answers: EventAnswers): EventColumns {
  const event = answers.event
  const [from, to] = occurredBetween(answers)
  return {
    occurred_from: from,
    occurred_to: to,
    service_areas: [...list(event, 'serviceAreas'), ...list(event, 'riskServiceAreas')],
    location_type: single(event, 'locationType') ?? null,
    specialty: single(event, 'specialty') ?? null,
    highest_physical_harm: worst(answers.patients.map(patient => single(patient, 'physicalHarm'))),
    highest_psychological_harm: worst(answers.patients.map(patient => single(patient, 'psychologicalHarm'))),
    safety_challenges: list(event, 'safetyChallenges'),
    agents: chosenAgents(answers).map(agent => agentKeys[agent]),
    patient_count: event.patientCount === undefined ? null : Number(single(event, 'patientCount')),
    level_of_concern: numberOrNull(single(event, 'levelOfConcern')),
  }
}

/** The first and last day it could have happened on: one day, a whole month, or unknown. */
function occurredBetween(answers: EventAnswers): [string | null, string | null] {
  const event = answers.event
  switch (single(event, 'occurred')) {
    case 'today': {
      const today = single(event, 'todaysDate') ?? null
      return [today, today]
    }
    case 'date': {
      const date = single(event, 'occurredOn') ?? null
      return [date, date]
    }
    case 'month': {
      const month = single(event, 'occurredMonth')
      if (!month) return [null, null]
      const [year, monthNumber] = month.split('-').map(Number) as [number, number]
      const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()
      return [`${month}-01`, `${month}-${String(lastDay).padStart(2, '0')}`]
    }
    default:
      return [null, null]
  }
}

/** Harm codes run from 1 (worst) upwards, so the worst is the smallest. */
function worst(codes: (string | undefined)[]): number | null {
  const numbers = codes.filter((code): code is string => code !== undefined).map(Number)
  return numbers.length ? Math.min(...numbers) : null
}

function numberOrNull(value: string | undefined): number | null {
  return value === undefined ? null : Number(value)
}
