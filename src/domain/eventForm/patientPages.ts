import { FREE_TEXT_LIMIT, optionsFrom } from './fields'
import { questions, type QuestionPage } from './questionPage'
import { single, type Answers } from './eventAnswers'

const FATAL = '1'
const SEVERE_PHYSICAL = '2'
const SEVERE_PSYCHOLOGICAL = '1'

/** Physical harm in plain words, from the national definitions of each level. */
const physicalHarmHints: Record<string, string> = {
  '5': 'No harm came to the patient, or harm was prevented in time',
  '4': 'Minimal harm: the patient needed extra observation or minor treatment',
  '3': 'Short-term harm: the patient needed further treatment or a procedure, but should recover fully',
  '2': 'Permanent or long-term harm that changes the patient’s life',
  '1': 'The patient died, and the incident more likely than not caused or contributed to the death',
}

const psychologicalHarmHints: Record<string, string> = {
  '4': 'No distress, or only brief upset that passed',
  '3': 'Distress that needed little or no support and lasted less than a month',
  '2': 'Distress that needed treatment or extra support, or lasted a month or more',
  '1': 'Lasting psychological harm that needs specialist treatment',
}

export function patientPages(index: number): QuestionPage[] {
  const n = index + 1
  const scope = { kind: 'patient', index } as const
  return [
    questions(
      `patient-${n}`,
      'patients',
      `About patient ${n}`,
      [
        {
          kind: 'radios',
          name: 'ageUnit',
          label: 'How old were they?',
          required: `Select how old patient ${n} was`,
          noun: 'their age',
          options: [
            { value: 'years', text: 'One year old or more' },
            { value: 'months', text: 'At least one month old but less than one year' },
            { value: 'days', text: 'Less than one month old' },
            { value: 'bracket', text: "I don't know, but I can estimate" },
            { value: 'unknown', text: "I don't know" },
          ],
          reveals: {
            years: [
              {
                kind: 'number',
                name: 'ageYears',
                label: 'Age in years',
                required: 'Enter their age in years',
                noun: 'their age in years',
                min: 1,
                max: 130,
              },
            ],
            months: [
              {
                kind: 'number',
                name: 'ageMonths',
                label: 'Age in months',
                required: 'Enter their age in months',
                noun: 'their age in months',
                min: 1,
                max: 11,
              },
            ],
            days: [
              {
                kind: 'number',
                name: 'ageDays',
                label: 'Age in days',
                required: 'Enter their age in days',
                noun: 'their age in days',
                min: 0,
                max: 31,
              },
            ],
            bracket: [
              {
                kind: 'select',
                name: 'ageBracket',
                label: 'Age range',
                required: 'Select their age range',
                noun: 'their age range',
                options: optionsFrom('ageBrackets'),
              },
            ],
          },
        },
        {
          kind: 'radios',
          name: 'gender',
          label: 'What is their gender?',
          required: `Select patient ${n}’s gender`,
          noun: 'their gender',
          options: optionsFrom('gender'),
        },
        {
          kind: 'select',
          name: 'ethnicity',
          label: 'What is their ethnic group?',
          required: `Select patient ${n}’s ethnic group, or ‘I don't know’`,
          noun: 'their ethnic group',
          options: optionsFrom('ethnicity'),
        },
      ],
      { scope },
    ),
    questions(
      `patient-${n}-harm`,
      'patients',
      `How was patient ${n} harmed?`,
      [
        {
          kind: 'radios',
          name: 'physicalHarm',
          label: 'What physical harm did it cause?',
          required: `Select the physical harm to patient ${n}`,
          noun: 'the physical harm',
          options: optionsFrom('levelOfPhysicalHarm', physicalHarmHints),
        },
        {
          kind: 'radios',
          name: 'psychologicalHarm',
          label: 'What psychological harm did it cause?',
          hint: 'Anyone can answer this: you do not need mental health training. If the patient died, leave it.',
          required: `Select the psychological harm to patient ${n}`,
          noun: 'the psychological harm',
          options: optionsFrom('levelOfPsychologicalHarm', psychologicalHarmHints),
          notNeededWhen: { field: 'physicalHarm', values: [FATAL] },
        },
        {
          kind: 'textarea',
          name: 'clinicalOutcome',
          label: 'What was the outcome for the patient? (optional)',
          hint: 'For example, kept in overnight for observation, or needed surgery',
          maxLength: FREE_TEXT_LIMIT,
          noun: 'the outcome for the patient',
        },
      ],
      { scope, guidance: 'harm' },
    ),
    questions(
      `patient-${n}-association`,
      'patients',
      `Did the incident cause patient ${n}’s harm?`,
      [
        {
          kind: 'radios',
          name: 'strengthOfAssociation',
          label: 'How far did the incident cause the harm?',
          hint: 'Your best judgement now. It can be updated when more is known.',
          required: `Select how far the incident caused patient ${n}’s harm`,
          noun: 'how far the incident caused the harm',
          options: optionsFrom('strengthOfAssociation'),
        },
      ],
      { scope },
    ),
  ]
}

/** Severe or fatal harm needs the recorder's view of how far the incident caused it. */
export function needsAssociation(patient: Answers | undefined): boolean {
  const physical = single(patient, 'physicalHarm')
  return (
    physical === SEVERE_PHYSICAL || physical === FATAL || single(patient, 'psychologicalHarm') === SEVERE_PSYCHOLOGICAL
  )
}

export const patientSummaryPage: QuestionPage = {
  slug: 'patients-summary',
  kind: 'patientSummary',
  section: 'patients',
  title: 'Patients involved',
  fields: [
    {
      kind: 'radios',
      name: 'addAnother',
      label: 'Do you need to add another patient?',
      required: 'Select whether you need to add another patient',
      options: [
        { value: 'yes', text: 'Yes' },
        { value: 'no', text: 'No' },
      ],
    },
  ],
  scope: { kind: 'event' },
}
