import { optionsFrom } from './fields'
import { questions, type QuestionPage } from './questionPage'
import type { EventType } from './eventAnswers'

export const eventTypeGuidance: Readonly<Record<EventType, { text: string; hint: string }>> = {
  incident: {
    text: 'Incident',
    hint: 'Something unexpected or unintended has happened, or failed to happen, that could have or did lead to patient harm',
  },
  outcome: {
    text: 'Poor outcome',
    hint: 'A poor outcome routinely reported locally where it is not yet known whether or not the outcome was caused by a patient safety incident',
  },
  risk: { text: 'Risk', hint: 'A risk to patient safety in the future, though no patients have yet been affected' },
  goodCare: { text: 'Good care', hint: 'An example of good care that can be learned from' },
}

export const whyAnonymousPage = questions(
  'why-anonymous',
  'recording',
  'Why are you recording anonymously?',
  [
    {
      kind: 'checkboxes',
      name: 'whyAnonymous',
      label: 'Why are you recording anonymously?',
      hint: 'Select all that apply. Your answer helps us make the service better; it does not change what happens to the record.',
      required: 'Select why you are recording anonymously',
      noun: 'why you are recording anonymously',
      options: optionsFrom('anonymityReasons'),
      reveals: {
        '8': [{ kind: 'text', name: 'whyAnonymousOther', label: 'Tell us why', maxLength: 500, noun: 'your reason' }],
      },
    },
  ],
  { guidance: 'anonymous' },
)

export const organisationPage: QuestionPage = {
  slug: 'organisation',
  kind: 'organisation',
  section: 'recording',
  title: 'Which organisation are you recording for?',
  fields: [],
  scope: { kind: 'event' },
}

export const eventTypePage = questions('event-type', 'recording', 'What are you recording?', [
  {
    kind: 'radios',
    name: 'eventType',
    label: 'What are you recording?',
    hint: 'If you are not sure, choose the closest. The type can be changed later.',
    required: 'Select what you are recording',
    noun: 'what you are recording',
    options: (Object.entries(eventTypeGuidance) as [EventType, { text: string; hint: string }][]).map(
      ([value, guidance]) => ({ value, ...guidance }),
    ),
  },
])
