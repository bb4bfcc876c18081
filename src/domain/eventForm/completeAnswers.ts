import { eventTypeOf, type EventAnswers } from './eventAnswers'
import { applicableAnswers, pagesFor, type RecordingContext } from './flow'
import { IncompleteRecordError, recordProblems } from './recordProblems'
import { eventRecordSchema } from './recordSchema'

/** The record as it is stored: every required answer given, and only answers to questions that apply. */
export function completeAnswers(answers: EventAnswers, context: RecordingContext): EventAnswers {
  const pages = pagesFor(answers, context)
  const problems = recordProblems(pages, answers)
  if (problems.length || !eventTypeOf(answers)) throw new IncompleteRecordError(problems)
  return eventRecordSchema.parse(applicableAnswers(answers, pages)) as EventAnswers
}
