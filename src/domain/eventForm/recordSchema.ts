import { z } from 'zod'
import { agentPages } from './agentPages'
import { aboutYouPage } from './aboutYouPage'
import {
  involvedPage,
  noPatientsPage,
  patientCountPage,
  processPage,
  safetyChallengesPage,
  servicesPage,
  whatHappenedPage,
  whenPage,
  wherePage,
} from './commonPages'
import { learningPage } from './goodCarePages'
import { outcomePage } from './outcomePages'
import { riskPages } from './riskPages'
import { agentKeys, eventTypes, type AgentKey } from './eventAnswers'
import { allFields, type Field } from './fields'
import { patientPages } from './patientPages'
import type { QuestionPage } from './questionPage'
import { eventTypePage, whyAnonymousPage } from './startPages'

const ODS_CODE = /^[A-Z0-9]{3,10}$/

function valueSchema(field: Field): z.ZodType {
  switch (field.kind) {
    case 'radios':
    case 'select':
      return z.enum(field.options.map(option => option.value) as [string, ...string[]])
    case 'checkboxes':
      return z.array(z.enum(field.options.map(option => option.value) as [string, ...string[]])).min(1)
    case 'text':
    case 'textarea':
      return z.string().min(1).max(field.maxLength)
    case 'number':
      return z
        .string()
        .regex(/^\d+$/)
        .refine(value => Number(value) >= field.min && Number(value) <= field.max)
    case 'date':
      return z.iso.date()
    case 'month':
      return z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/)
    case 'time':
      return z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  }
}

function shapeOf(pages: readonly QuestionPage[]): Record<string, z.ZodType> {
  return Object.fromEntries(
    pages.flatMap(page => allFields(page.fields)).map(field => [field.name, valueSchema(field).optional()]),
  )
}

const everyEventPage: QuestionPage[] = [
  whyAnonymousPage,
  eventTypePage,
  ...eventTypes.flatMap(type => [
    whenPage(type),
    wherePage(type),
    whatHappenedPage(type),
    aboutYouPage(type, true),
    aboutYouPage(type, false),
  ]),
  servicesPage,
  processPage,
  involvedPage,
  safetyChallengesPage,
  outcomePage,
  patientCountPage,
  noPatientsPage,
  learningPage,
  ...riskPages,
]

/**
 * The whole record as stored: every answer any question can give, each checked against its own
 * list or limits. Which answers a record needs depends on its type and is checked by the flow.
 */
export const eventRecordSchema = z.strictObject({
  event: z.strictObject({
    ...shapeOf(everyEventPage),
    reporterOrganisation: z.string().regex(ODS_CODE).optional(),
    todaysDate: z.iso.date().optional(),
  }),
  patients: z.array(z.strictObject(shapeOf(patientPages(0)))).max(100),
  agents: z.strictObject(
    Object.fromEntries(
      (Object.keys(agentKeys) as AgentKey[]).map(agent => [
        agent,
        z.strictObject(shapeOf(agentPages[agent])).optional(),
      ]),
    ),
  ),
})
