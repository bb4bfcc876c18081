import { eventTypes } from '../domain/eventForm/eventAnswers'
import { eventTypeGuidance } from '../domain/eventForm/startPages'

/** "Incident", "Poor outcome"… by event type, for lists and headings. */
export const eventTypeNames: Readonly<Record<string, string>> = Object.fromEntries(
  eventTypes.map(type => [type, eventTypeGuidance[type].text]),
)
