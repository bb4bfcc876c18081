import type { Field } from './fields'
import type { AgentKey } from './eventAnswers'

/** Which part of the record a page's answers belong to. */
export type Scope = { kind: 'event' } | { kind: 'patient'; index: number } | { kind: 'agent'; agent: AgentKey }

/** The headings check your answers groups the answers under, in order. */
export const sections = {
  recording: 'Recording',
  when: 'When it happened',
  where: 'Where it happened',
  what: 'What happened',
  involved: 'What was involved',
  patients: 'Patients',
  risk: 'The risk',
  learning: 'What others can learn',
  you: 'About you',
} as const
export type Section = keyof typeof sections

export interface QuestionPage {
  /** The page's address within a record, unique within it. */
  slug: string
  /** Most pages are questions; a few do something more (search, a task list, a list of patients). */
  kind: 'questions' | 'organisation' | 'taskList' | 'patientSummary'
  section: Section
  title: string
  /** Explanation shown above the questions, by name. */
  guidance?: 'anonymous' | 'harm' | 'description' | 'involved' | 'taskList'
  fields: readonly Field[]
  scope: Scope
  /** A page reached from the task list: Continue goes back there, and it is optional. */
  returnTo?: string
}

export const eventScope: Scope = { kind: 'event' }

export function questions(
  slug: string,
  section: Section,
  title: string,
  fields: readonly Field[],
  extra: Partial<Pick<QuestionPage, 'guidance' | 'scope' | 'returnTo'>> = {},
): QuestionPage {
  return { slug, kind: 'questions', section, title, fields, scope: eventScope, ...extra }
}
