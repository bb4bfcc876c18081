import { FREE_TEXT_LIMIT } from './fields'
import { questions } from './questionPage'

/** What only good care asks. */
export const learningPage = questions('learning', 'learning', 'What can others learn?', [
  {
    kind: 'textarea',
    name: 'strengthsOfCare',
    label: 'What went well? (optional)',
    hint: 'The strengths of the care or service, for example clear handover or a quick response',
    maxLength: FREE_TEXT_LIMIT,
    noun: 'what went well',
  },
  {
    kind: 'textarea',
    name: 'howFutureOccurrence',
    label: 'How could this good care be repeated or shared?',
    hint: 'For example, a checklist others could use, or a way of working to teach',
    required: 'Enter how this good care could be repeated or shared',
    maxLength: FREE_TEXT_LIMIT,
    noun: 'how it could be repeated or shared',
  },
])
