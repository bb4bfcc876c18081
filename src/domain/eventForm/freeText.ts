import type { EventAnswers } from './eventAnswers'
import { allFields, isFreeText } from './fields'
import { answersIn, pagesFor, withAnswers, type RecordingContext } from './flow'

/**
 * A copy of the record in which every free-text answer has been passed through `map`: the redacted
 * copy others see is made this way, so a question added to the flow is covered without more code.
 */
export function mapFreeText(
  answers: EventAnswers,
  context: RecordingContext,
  map: (text: string) => string,
): EventAnswers {
  let mapped = answers
  for (const page of pagesFor(answers, context)) {
    const stored = answersIn(mapped, page.scope)
    const changes: Record<string, string> = {}
    for (const field of allFields(page.fields).filter(isFreeText)) {
      const value = stored[field.name]
      if (typeof value === 'string' && value.length > 0) changes[field.name] = map(value)
    }
    if (Object.keys(changes).length > 0) mapped = withAnswers(mapped, page.scope, changes)
  }
  return mapped
}
