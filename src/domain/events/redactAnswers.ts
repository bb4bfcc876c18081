import type { EventAnswers } from '../eventForm/eventAnswers'
import type { RecordingContext } from '../eventForm/flow'
import { mapFreeText } from '../eventForm/freeText'
import { redactText, type KnownIdentifiers } from '../redaction'

/** The copy of a record that everyone but its recorder sees: every free-text answer redacted. */
export function redactAnswers(answers: EventAnswers, context: RecordingContext, known: KnownIdentifiers): EventAnswers {
  return mapFreeText(answers, context, text => redactText(text, known).text)
}
