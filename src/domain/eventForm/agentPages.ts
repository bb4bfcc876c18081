import type { CodeSystemId } from '../taxonomy/codeSystems'
import { FREE_TEXT_LIMIT, optionsFrom, type Field } from './fields'
import { questions, type QuestionPage } from './questionPage'
import type { AgentKey } from './eventAnswers'

export const agentNames: Readonly<Record<AgentKey, string>> = {
  medications: 'Medicines',
  devices: 'Devices',
  'it-systems': 'IT systems or software',
  buildings: 'Buildings or infrastructure',
  estates: 'Estates services',
  blood: 'Blood',
  'blood-products': 'Blood products',
  'tissues-organs': 'Tissues or organs for transplant',
  people: 'What people did or did not do',
}

const checkboxes = (name: string, label: string, list: CodeSystemId, extra: Partial<Field> = {}): Field =>
  ({
    kind: 'checkboxes',
    name,
    label,
    hint: 'Select all that apply',
    options: optionsFrom(list),
    noun: label.toLowerCase(),
    ...extra,
  }) as Field

const text = (name: string, label: string, maxLength = 200): Field => ({
  kind: 'text',
  name,
  label,
  maxLength,
  noun: label.replace(/ \(optional\)$/, '').toLowerCase(),
})

const problemDescription: Field = {
  kind: 'textarea',
  name: 'problemDescription',
  label: 'Describe the problem (optional)',
  maxLength: FREE_TEXT_LIMIT,
  noun: 'the description of the problem',
}

/** "How was it involved?", with the follow-up lists each answer opens. */
function involvement(
  name: string,
  list: CodeSystemId,
  followUps: Record<string, [string, CodeSystemId, string]>,
): Field {
  const dontKnow = optionsFrom(list).find(option => option.text === "I don't know")?.value
  return {
    kind: 'checkboxes',
    name,
    label: 'What went wrong?',
    hint: 'Select all that apply',
    required: 'Select what went wrong',
    noun: 'what went wrong',
    options: optionsFrom(list),
    ...(dontKnow ? { exclusive: [dontKnow] } : {}),
    reveals: Object.fromEntries(
      Object.entries(followUps).map(([option, [field, followList, label]]) => [
        option,
        [checkboxes(field, label, followList)],
      ]),
    ),
  }
}

const pageFor = (agent: AgentKey, slug: string, title: string, fields: Field[]) =>
  questions(slug, 'involved', title, fields, { scope: { kind: 'agent', agent }, returnTo: 'involved-details' })

/** The questions each kind of involved agent opens, reached from the task list. */
export const agentPages: Readonly<Record<AgentKey, readonly QuestionPage[]>> = {
  medications: [
    pageFor('medications', 'involved-medications', 'Medicines involved', [
      text('medicines', 'Which medicines were involved?', 500),
      involvement('drugInvolvement', 'drugsInvolved', {
        '1': ['tooMuchDrug', 'tooMuchDrug', 'How was too much given?'],
        '2': ['tooLittleDrug', 'tooLittleDrug', 'How was too little given?'],
        '3': ['administeredIncorrectly', 'medicationAdministeredIncorrectly', 'What was done incorrectly?'],
        '4': ['packagingProblem', 'problemMedicationOrPackaging', 'What was wrong with the medicine or packaging?'],
      }),
    ]),
    pageFor('medications', 'involved-medications-process', 'Where the medicine problem happened', [
      checkboxes('processStages', 'At which stage did it go wrong?', 'involvedProcesses', {
        exclusive: ['5'],
        reveals: { '4': [text('processStageOther', 'Which stage?')] },
      }),
      {
        kind: 'radios',
        name: 'givenByDevice',
        label: 'Was the medicine given using a device, such as a pump?',
        options: optionsFrom('yesNoUnknownCodes'),
        noun: 'whether a device was used',
      },
      checkboxes('yellowCard', 'Should it be reported to the Yellow Card scheme?', 'yellowCardCriteria', {
        exclusive: ['6', '7'],
      }),
      text('yellowCardReference', 'Yellow Card reference (optional)', 100),
      problemDescription,
    ]),
  ],
  devices: [
    pageFor('devices', 'involved-devices', 'The device involved', [
      {
        kind: 'select',
        name: 'deviceType',
        label: 'What type of device was it?',
        hint: 'Start typing to find it, for example infusion pump',
        options: optionsFrom('deviceType'),
        noun: 'the type of device',
      },
      text('manufacturer', 'Manufacturer (optional)'),
      text('modelNumber', 'Model (optional)'),
      text('serialNumber', 'Serial number (optional)'),
    ]),
    pageFor('devices', 'involved-devices-problem', 'What went wrong with the device', [
      involvement('deviceInvolvement', 'devicesInvolved', {
        '1': ['deviceUsedUnnecessarily', 'deviceUsedUnnecessarily', 'How was it used when it should not have been?'],
        '2': ['deviceInsufficient', 'devicesInsufficient', 'How was it not used enough?'],
        '3': ['deviceUsedWrongly', 'deviceUsedWrongly', 'How was it used incorrectly?'],
        '4': ['deviceBroken', 'deviceBroken', 'What was wrong with it?'],
      }),
      problemDescription,
    ]),
  ],
  'it-systems': [
    pageFor('it-systems', 'involved-it-systems', 'IT systems or software involved', [
      involvement('itInvolvement', 'itSystemsAndSoftwareInvolved', {}),
      problemDescription,
    ]),
  ],
  buildings: [
    pageFor('buildings', 'involved-buildings', 'Buildings or infrastructure involved', [
      checkboxes('buildings', 'Which buildings or infrastructure?', 'buildingsOrInfrastructure', {
        reveals: { '16': [text('buildingsOther', 'What else?')] },
      }),
      involvement('buildingsInvolvement', 'buildingsOrInfrastructureInvolved', {
        '2': ['buildingsNotUsed', 'buildingsOrInfrastructureNotUsed', 'Why were they not used?'],
        '3': ['wrongBuildings', 'wrongBuildingsOrInfrastructure', 'How were the wrong ones used?'],
      }),
      problemDescription,
    ]),
  ],
  estates: [
    pageFor('estates', 'involved-estates', 'Estates services involved', [
      checkboxes('estatesServices', 'Which estates services?', 'estatesServices', {
        reveals: { '9': [text('estatesServicesOther', 'What else?')] },
      }),
      involvement('estatesInvolvement', 'estatesServicesInvolved', {
        '2': ['estatesNotUsed', 'estatesServicesNotUsed', 'Why were they not used?'],
        '3': ['wrongEstates', 'wrongEstatesServices', 'How were the wrong ones used?'],
      }),
      problemDescription,
    ]),
  ],
  blood: [
    pageFor('blood', 'involved-blood', 'Blood involved', [
      involvement('bloodInvolvement', 'bloodInvolved', {
        '1': ['tooMuchBlood', 'tooMuchBloodUsed', 'How was too much used?'],
        '2': ['tooLittleBlood', 'tooLittleBloodUsed', 'How was too little used?'],
        '3': ['wrongBlood', 'wrongBlood', 'How was the wrong blood used?'],
        '4': ['bloodNotUsed', 'bloodWasNotUsed', 'Why was it not used?'],
        '5': ['bloodDamaged', 'bloodDamaged', 'What was wrong with it?'],
      }),
      text('sabreReportNumber', 'SABRE report number (optional)', 100),
      text('shotReportNumber', 'SHOT report number (optional)', 100),
      problemDescription,
    ]),
  ],
  'blood-products': [
    pageFor('blood-products', 'involved-blood-products', 'Blood products involved', [
      text('productDetails', 'Which blood products? (optional)', 500),
      text('brand', 'Brand (optional)'),
      text('batch', 'Batch (optional)'),
      involvement('bloodProductsInvolvement', 'bloodProductsInvolved', {
        '1': ['tooMuchBloodProducts', 'tooMuchBloodProducts', 'How was too much used?'],
        '2': ['tooLittleBloodProducts', 'tooLittleBloodProducts', 'How was too little used?'],
        '3': ['wrongBloodProducts', 'wrongBloodProducts', 'How were the wrong products used?'],
        '4': ['bloodProductsNotUsed', 'bloodProductsNotUsed', 'Why were they not used?'],
        '5': ['bloodProductsDamaged', 'bloodProductsDamaged', 'What was wrong with them?'],
      }),
      problemDescription,
    ]),
  ],
  'tissues-organs': [
    pageFor('tissues-organs', 'involved-tissues-organs', 'Tissues or organs for transplant involved', [
      involvement('tissuesInvolvement', 'tissueAndOrgansForTransplantInvolved', {
        '1': ['tooMuchTissue', 'tooMuchTissueAndOrgans', 'How was too much used?'],
        '2': ['tooLittleTissue', 'wayInsufficientTissuesOrOrgans', 'How was too little used?'],
        '3': ['wrongTissue', 'incorrectTissuesOrOrgansForTransplant', 'How were the wrong ones used?'],
        '4': ['tissueNotUsed', 'tissueOrgansNotUsed', 'Why were they not used?'],
        '5': ['tissueDamaged', 'damagedTissuesOrOrgansFromTransplant', 'What was wrong with them?'],
      }),
      text('nhsbtReportNumber', 'NHS Blood and Transplant report number (optional)', 100),
      problemDescription,
    ]),
  ],
  people: [
    pageFor('people', 'involved-people', 'What people did or did not do', [
      checkboxes('peopleWho', 'Whose actions were involved?', 'humanAgents', {
        exclusive: ['4'],
        reveals: { '5': [text('peopleWhoOther', 'Who else?')] },
      }),
      checkboxes('peopleInvolvement', 'Were the right people there?', 'peopleInvolvement', {
        exclusive: ['5'],
        reveals: { '2': [checkboxes('peopleUnavailable', 'Why were they absent?', 'peopleUnavailable')] },
      }),
      involvement('peopleActions', 'peopleActions', {
        '1': ['peopleActionTooMuch', 'peopleActionTooMuch', 'What was done too much?'],
        '2': ['peopleNotEnoughAction', 'peopleNotEnoughAction', 'What was not done enough?'],
        '3': ['peopleWrongAction', 'peopleWrongAction', 'What was done instead?'],
        '4': ['peopleDidNotDoSomething', 'peopleDidNotDoSomething', 'Why was it not done?'],
      }),
      problemDescription,
    ]),
  ],
}
