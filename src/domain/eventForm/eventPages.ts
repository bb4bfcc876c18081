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

const descriptionField = (label: string, hint: string, required: string): Field => ({
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

const yesNoUnknown = optionsFrom('yesNoUnknownCodes')

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

export const riskPages: readonly QuestionPage[] = [
  questions(
    'what-happened',
    'risk',
    'Describe the risk',
    [
      descriptionField(
        'Describe the risk',
        'What could go wrong, why, and what you have seen that shows it.',
        'Describe the risk',
      ),
    ],
    { guidance: 'description' },
  ),
  questions('risk-themes', 'risk', 'What is the risk about?', [
    {
      kind: 'checkboxes',
      name: 'riskThemes',
      label: 'What is the risk about?',
      hint: 'Select all that apply',
      required: 'Select what the risk is about',
      noun: 'what the risk is about',
      options: optionsFrom('riskThemes'),
      reveals: {
        '8': [
          {
            kind: 'text',
            name: 'riskThemeOther',
            label: 'What is it about?',
            maxLength: 200,
            noun: 'what it is about',
          },
        ],
      },
    },
  ]),
  questions('risk-imminent', 'risk', 'Is the risk of death or severe harm imminent?', [
    {
      kind: 'radios',
      name: 'riskImminent',
      label: 'Is the risk of death or severe harm imminent?',
      hint: 'If it is, tell the person in charge now as well as recording it here.',
      required: 'Select whether the risk of death or severe harm is imminent',
      noun: 'whether the risk is imminent',
      options: yesNoUnknown,
    },
  ]),
  questions('risk-who', 'risk', 'Who could be affected?', [
    {
      kind: 'checkboxes',
      name: 'riskServiceAreas',
      label: 'Which services could be affected?',
      hint: 'Select all that apply',
      required: 'Select the services that could be affected',
      noun: 'the services that could be affected',
      options: optionsFrom('serviceType'),
      exclusive: ['15'],
    },
    {
      kind: 'text',
      name: 'riskPopulation',
      label: 'Which patients or people could be affected? (optional)',
      hint: 'For example, children on the surgical ward',
      maxLength: 500,
      noun: 'who could be affected',
    },
  ]),
  questions('risk-timeframe', 'risk', 'When is harm most likely to happen?', [
    {
      kind: 'radios',
      name: 'riskTimeframe',
      label: 'When is harm most likely to happen?',
      required: 'Select when harm is most likely to happen',
      noun: 'when harm is most likely',
      options: optionsFrom('riskTimeframes', { '1': 'Within the next year', '2': 'More than a year from now' }),
      reveals: { '4': [{ kind: 'text', name: 'riskTimeframeOther', label: 'When?', maxLength: 200, noun: 'when' }] },
    },
  ]),
  questions('risk-where', 'risk', 'Where is the risk?', [
    {
      kind: 'radios',
      name: 'riskLocation',
      label: 'Where is the risk present?',
      required: 'Select where the risk is present',
      noun: 'where the risk is present',
      options: optionsFrom('riskLocation'),
    },
    {
      kind: 'radios',
      name: 'riskIdentifiedLocation',
      label: 'Where was the risk identified?',
      required: 'Select where the risk was identified',
      noun: 'where the risk was identified',
      options: optionsFrom('location'),
    },
  ]),
]

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

const staffRoleField: Field = {
  kind: 'radios',
  name: 'staffRole',
  label: 'What is your role?',
  required: 'Select your role',
  noun: 'your role',
  options: optionsFrom('staffType'),
}

const involvementField = (name: string, label: string, required: string): Field => ({
  kind: 'radios',
  name,
  label,
  required,
  noun: label.replace(/\?$/, '').toLowerCase(),
  options: optionsFrom('reporterRelationshipToEvent'),
  reveals: { '6': [{ kind: 'text', name: `${name}Other`, label: 'Tell us how', maxLength: 200, noun: 'how' }] },
})

const concernField: Field = {
  kind: 'radios',
  name: 'levelOfConcern',
  label: 'How concerned are you about this event, given what it could mean more widely?',
  required: 'Select how concerned you are',
  noun: 'how concerned you are',
  options: optionsFrom('worryScale'),
}

export function aboutYouPage(type: EventType, anonymous: boolean): QuestionPage {
  const fields: Field[] = []
  if (type === 'incident' || type === 'outcome') fields.push(concernField)
  if (anonymous) {
    fields.push({
      kind: 'radios',
      name: 'reporterType',
      label: 'Who are you?',
      required: 'Select who you are',
      noun: 'who you are',
      options: optionsFrom('reporterType'),
      reveals: {
        '3': [staffRoleField],
        '4': [
          {
            kind: 'text',
            name: 'reporterTypeDetails',
            label: 'Tell us who you are',
            maxLength: 200,
            noun: 'who you are',
          },
        ],
        '5': [
          {
            kind: 'text',
            name: 'reporterTypeOther',
            label: 'Tell us who you are',
            maxLength: 200,
            noun: 'who you are',
          },
        ],
      },
    })
  } else {
    fields.push(staffRoleField)
  }
  fields.push(
    type === 'goodCare'
      ? involvementField(
          'goodCareDetection',
          'How did it come to your attention?',
          'Select how it came to your attention',
        )
      : involvementField('reporterInvolvement', 'How were you involved?', 'Select how you were involved'),
  )
  return questions(
    'about-you',
    'you',
    type === 'incident' || type === 'outcome' ? 'About you and your view' : 'About you',
    fields,
  )
}
