import { pagesFor } from '../domain/eventForm/flow'
import type { StoredEvent } from '../repositories/eventRepository'
import type { EventAnswers } from '../domain/eventForm/eventAnswers'
import { summarise, type SummarySection } from './summaryView'

/** Every answer of a submitted event (or one of its versions), read only. */
export function eventSummary(event: StoredEvent, answers: EventAnswers = event.answers): SummarySection[] {
  const context = { anonymous: event.source === 'anonymous', choosesOrganisation: false }
  return summarise(pagesFor(answers, context), answers, {
    words: { organisation: event.organisationName },
    organisationName: event.organisationName,
  })
}
