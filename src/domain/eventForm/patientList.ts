import { patientCount, type EventAnswers } from './eventAnswers'

/** The most patients one record can hold. */
export const MAX_PATIENTS = 100

export const PATIENTS_SUMMARY = 'patients-summary'

/** The pages each patient's answers are given on, by their number from 1. */
function patientSlugs(number: number): string[] {
  return [`patient-${number}`, `patient-${number}-harm`, `patient-${number}-association`]
}

/** The record with one more patient to answer about; undefined when it holds as many as it can. */
export function withPatientAdded(answers: EventAnswers): EventAnswers | undefined {
  const count = patientCount(answers)
  if (count >= MAX_PATIENTS) return undefined
  return { ...answers, event: { ...answers.event, patientCount: String(count + 1) } }
}

/**
 * The record without one patient. Later patients move up one, so the pages they were answered on are
 * renumbered too, and the summary of patients is seen only while there are two or more.
 */
export function withPatientRemoved<Record extends { answers: EventAnswers; visited: string[] }>(
  record: Record,
  index: number,
): Record {
  const patients = record.answers.patients.filter((_, position) => position !== index)
  const count = Math.max(patientCount(record.answers) - 1, 0)
  const visited = record.visited.filter(slug => !slug.startsWith('patient-') && slug !== PATIENTS_SUMMARY)
  const renumbered = patients.flatMap((_, position) => patientSlugs(position + 1))
  return {
    ...record,
    answers: { ...record.answers, patients, event: { ...record.answers.event, patientCount: String(count) } },
    visited: [...visited, ...renumbered, ...(count >= 2 ? [PATIENTS_SUMMARY] : [])],
  }
}
