/** The question pages that several types of event share, each shaped by the type where it differs. */
import { FREE_TEXT_LIMIT, optionsFrom, type Field } from './fields'
import { questions, type QuestionPage } from './questionPage'
import type { EventType } from './eventAnswers'

const dontKnowLast = (text: string) => ({ value: 'unknown', text })

export function whenPage(type: EventType): QuestionPage {
  const fields: Field[] = [
    {
      kind: 'radios',
      name: 'occurred',
      label: 'When did it happen?',
      required: 'Select when it happened',
      noun: 'when it happened',
      options: [
        { value: 'today', text: 'Today' },
        { value: 'date', text: 'On a date I know' },
        { value: 'month', text: 'I only know roughly when', hint: 'Give the month and year' },
        dontKnowLast("I don't know"),
      ],
      reveals: {
        date: [
          {
            kind: 'date',
            name: 'occurredOn',
            label: 'Date it happened',
            hint: 'For example, 27 3 2026',
            required: 'Enter the date it happened',
            noun: 'the date it happened',
          },
        ],
        month: [
          {
            kind: 'month',
            name: 'occurredMonth',
            label: 'Month it happened',
            hint: 'For example, 3 2026',
            required: 'Enter the month it happened',
            noun: 'the month it happened',
          },
        ],
      },
    },
  ]
  if (type !== 'goodCare') {
    fields.push({
      kind: 'radios',
      name: 'timeOfDay',
      label: 'What time did it happen?',
      required: 'Select what time it happened',
      noun: 'what time it happened',
      options: [{ value: 'exact', text: 'I know the time' }, ...optionsFrom('timeOfIncidentBrackets')],
      reveals: {
        exact: [
          {
            kind: 'time',
            name: 'occurredAt',
            label: 'Time',
            hint: 'Use the 24-hour clock, for example 14:30',
            required: 'Enter the time it happened',
            noun: 'the time it happened',
          },
        ],
      },
    })
  }
  return questions('when', 'when', 'When did it happen?', fields)
}

export function wherePage(type: EventType): QuestionPage {
  const fields: Field[] = [
    {
      kind: 'radios',
      name: 'atReporterOrganisation',
      label: 'Did it happen at {organisation}?',
      required: 'Select whether it happened at your organisation',
      noun: 'whether it happened at your organisation',
      options: [
        { value: 'y', text: 'Yes' },
        { value: 'n', text: 'No, somewhere else' },
        { value: 'u', text: "I don't know" },
      ],
      reveals: {
        n: [
          {
            kind: 'text',
            name: 'otherOrganisation',
            label: 'Where did it happen?',
            hint: 'The name of the organisation or place, or its ODS code if you know it',
            maxLength: 200,
            noun: 'where it happened',
          },
        ],
      },
    },
  ]
  if (type !== 'goodCare') {
    fields.push({
      kind: 'radios',
      name: 'locationType',
      label: 'What kind of place was it?',
      required: 'Select what kind of place it was',
      noun: 'what kind of place it was',
      options: optionsFrom('incidentLocation'),
      reveals: {
        '5': [
          {
            kind: 'text',
            name: 'locationTypeOther',
            label: 'What sort of building?',
            maxLength: 200,
            noun: 'the sort of building',
          },
        ],
      },
    })
  }
  return questions('where', 'where', 'Where did it happen?', fields)
}

export const servicesPage = questions('services', 'where', 'Which services were involved?', [
  {
    kind: 'checkboxes',
    name: 'serviceAreas',
    label: 'Which services were involved?',
    hint: 'Select all that apply',
    required: 'Select the services that were involved',
    noun: 'the services involved',
    options: optionsFrom('serviceType'),
    exclusive: ['15'],
  },
  {
    kind: 'select',
    name: 'specialty',
    label: 'Which specialty was responsible for the patient’s care? (optional)',
    hint: 'Start typing to find it, for example cardiology',
    noun: 'the specialty',
    options: optionsFrom('specialty'),
  },
])

export const descriptionField = (label: string, hint: string, required: string): Field => ({
  kind: 'textarea',
  name: 'description',
  label,
  hint,
  required,
  noun: 'the description',
  maxLength: FREE_TEXT_LIMIT,
})

export function whatHappenedPage(type: EventType): QuestionPage {
  const fields: Field[] = [
    descriptionField(
      'What happened?',
      type === 'goodCare'
        ? 'Describe the care and what made it good.'
        : 'Describe what happened, in the order it happened, and what went wrong or nearly went wrong.',
      'Enter what happened',
    ),
  ]
  if (type === 'incident') {
    fields.push({
      kind: 'textarea',
      name: 'immediateActions',
      label: 'What was done straight away to reduce harm? (optional)',
      hint: 'For example, the patient was reviewed by a doctor, or the medicine was stopped',
      maxLength: FREE_TEXT_LIMIT,
      noun: 'what was done straight away',
    })
  }
  return questions('what-happened', 'what', 'What happened?', fields, { guidance: 'description' })
}

export const processPage = questions('process', 'what', 'What was going on?', [
  {
    kind: 'radios',
    name: 'healthcareProcess',
    label: 'What part of care was under way when it happened?',
    required: 'Select what part of care was under way',
    noun: 'the part of care under way',
    options: optionsFrom('healthcareProcess'),
  },
  {
    kind: 'radios',
    name: 'detectionPoint',
    label: 'When was the problem noticed?',
    required: 'Select when the problem was noticed',
    noun: 'when the problem was noticed',
    options: optionsFrom('detectionPoints'),
    reveals: {
      '8': [
        {
          kind: 'text',
          name: 'detectionPointOther',
          label: 'When was it noticed?',
          maxLength: 200,
          noun: 'when it was noticed',
        },
      ],
    },
  },
])

export const involvedPage = questions(
  'involved',
  'involved',
  'What was involved?',
  [
    {
      kind: 'checkboxes',
      name: 'involvedAgents',
      label: 'What people or things were involved?',
      hint: 'Select all that apply',
      required: 'Select what was involved',
      noun: 'what was involved',
      options: optionsFrom('agentType', { '10': 'Choose this when it was about what people did or did not do' }).map(
        option => (option.value === '10' ? { ...option, text: 'None of these' } : option),
      ),
      exclusive: ['10'],
    },
  ],
  { guidance: 'involved' },
)

export const involvedDetailsPage: QuestionPage = {
  slug: 'involved-details',
  kind: 'taskList',
  section: 'involved',
  title: 'Tell us more about what was involved',
  guidance: 'taskList',
  fields: [],
  scope: { kind: 'event' },
}

export const safetyChallengesPage = questions('safety-challenges', 'involved', 'Was it about any of these?', [
  {
    kind: 'checkboxes',
    name: 'safetyChallenges',
    label: 'Was it about any of these?',
    hint: 'Select all that apply',
    required: 'Select whether it was about any of these, or ‘None of the above’',
    noun: 'the safety challenges',
    options: optionsFrom('safetyChallenges'),
    exclusive: ['6'],
    reveals: {
      '4': [
        {
          kind: 'text',
          name: 'radiotherapyIncidentCode',
          label: 'Radiotherapy incident code (optional)',
          maxLength: 100,
          width: 'short',
          noun: 'the radiotherapy incident code',
        },
      ],
      '7': [
        {
          kind: 'text',
          name: 'marvinReferenceNumber',
          label: 'MaRVIN reference number (optional)',
          maxLength: 100,
          width: 'short',
          noun: 'the MaRVIN reference number',
        },
      ],
    },
  },
])

export const patientCountPage = questions('patients', 'patients', 'How many patients were involved?', [
  {
    kind: 'number',
    name: 'patientCount',
    label: 'How many patients were involved?',
    hint: 'Enter 0 if no patient was involved. If it was more than 100, enter 100.',
    required: 'Enter how many patients were involved',
    noun: 'the number of patients',
    min: 0,
    max: 100,
  },
])

export const yesNoUnknown = optionsFrom('yesNoUnknownCodes')

export const noPatientsPage = questions('no-patients', 'patients', 'Could patients be harmed in future?', [
  {
    kind: 'radios',
    name: 'riskImminent',
    label: 'Is the risk of death or severe harm imminent?',
    required: 'Select whether the risk of death or severe harm is imminent',
    noun: 'whether the risk is imminent',
    options: yesNoUnknown,
  },
  {
    kind: 'text',
    name: 'riskPopulation',
    label: 'Who could be affected? (optional)',
    hint: 'For example, patients on ward 7 who use insulin pumps',
    maxLength: 500,
    noun: 'who could be affected',
  },
])
