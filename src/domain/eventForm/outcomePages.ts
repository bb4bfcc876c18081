import { optionsFrom } from './fields'
import { questions } from './questionPage'

/** What only a poor outcome asks. */
export const outcomePage = questions('outcome', 'what', 'What kind of outcome was it?', [
  {
    kind: 'checkboxes',
    name: 'outcomeTypes',
    label: 'What kind of outcome was it?',
    hint: 'Select all that apply',
    required: 'Select what kind of outcome it was',
    noun: 'the kind of outcome',
    options: optionsFrom('outcomeType'),
  },
  {
    kind: 'radios',
    name: 'suspectIncident',
    label: 'Is there cause to suspect a patient safety incident happened?',
    required: 'Select whether there is cause to suspect a patient safety incident happened',
    noun: 'whether an incident is suspected',
    options: optionsFrom('yesNoUnknownCodes'),
  },
])
