import type { EventType } from './eventAnswers'
import { optionsFrom, type Field } from './fields'
import { questions, type QuestionPage } from './questionPage'

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
