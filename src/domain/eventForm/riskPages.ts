import { descriptionField, yesNoUnknown } from './commonPages'
import { optionsFrom } from './fields'
import { questions, type QuestionPage } from './questionPage'

/** What only a risk asks, in place of what happened and to whom. */
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
