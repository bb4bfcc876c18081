import { agentPages } from './agentPages'
import { aboutYouPage } from './aboutYouPage'
import {
  involvedDetailsPage,
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
import {
  chosenAgents,
  eventTypeOf,
  patientCount,
  type Answers,
  type EventAnswers,
  type EventType,
} from './eventAnswers'
import { allFields, applicableFields, type AnswerValue, type Field } from './fields'
import { needsAssociation, patientPages, patientSummaryPage } from './patientPages'
import type { QuestionPage, Scope } from './questionPage'
import { eventTypePage, organisationPage, whyAnonymousPage } from './startPages'

export interface RecordingContext {
  anonymous: boolean
  /** Whether the recorder picks the organisation (anonymous, or a member of several). */
  choosesOrganisation: boolean
}

/**
 * A stored event's record as a whole, the organisation included, whoever changes it: so a change of
 * organisation counts as a change like any other answer.
 */
export function storedEventContext(source: string): RecordingContext {
  return { anonymous: source === 'anonymous', choosesOrganisation: true }
}

export const CHECK_ANSWERS = 'check-answers'

/** The pages that apply to a record, in the order they are asked, given what has been answered. */
export function pagesFor(answers: EventAnswers, context: RecordingContext): QuestionPage[] {
  const pages: QuestionPage[] = []
  if (context.anonymous) pages.push(whyAnonymousPage)
  if (context.choosesOrganisation) pages.push(organisationPage)
  pages.push(eventTypePage)
  const type = eventTypeOf(answers)
  if (!type) return pages
  if (type === 'risk') {
    pages.push(...riskPages)
  } else {
    pages.push(whenPage(type), wherePage(type))
    if (type !== 'goodCare') pages.push(servicesPage)
    pages.push(whatHappenedPage(type))
    if (type === 'incident') pages.push(processPage, ...involvementPages(answers), safetyChallengesPage)
    if (type === 'outcome') pages.push(outcomePage)
    if (type === 'goodCare') pages.push(learningPage)
    else pages.push(...patientQuestionPages(answers, type))
  }
  pages.push(aboutYouPage(type, context.anonymous))
  return pages
}

function involvementPages(answers: EventAnswers): QuestionPage[] {
  const agents = chosenAgents(answers)
  return agents.length
    ? [involvedPage, involvedDetailsPage, ...agents.flatMap(agent => agentPages[agent])]
    : [involvedPage]
}

function patientQuestionPages(answers: EventAnswers, type: EventType): QuestionPage[] {
  const count = patientCount(answers)
  const pages: QuestionPage[] = [patientCountPage]
  if (count === 0 && type === 'incident' && answers.event.patientCount !== undefined) pages.push(noPatientsPage)
  for (let index = 0; index < count; index++) {
    const [details, harm, association] = patientPages(index)
    pages.push(details!, harm!)
    if (needsAssociation(answers.patients[index])) pages.push(association!)
  }
  if (count >= 2) pages.push(patientSummaryPage)
  return pages
}

function sameScope(a: Scope, b: Scope): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** The answers a page's scope reads and writes. */
export function answersIn(answers: EventAnswers, scope: Scope): Answers {
  if (scope.kind === 'patient') return answers.patients[scope.index] ?? {}
  if (scope.kind === 'agent') return answers.agents[scope.agent] ?? {}
  return answers.event
}

/** A copy of the record with a page's answers changed; undefined removes an answer. */
export function withAnswers(
  answers: EventAnswers,
  scope: Scope,
  changes: Record<string, AnswerValue | undefined>,
): EventAnswers {
  const merged: Answers = { ...answersIn(answers, scope) }
  for (const [name, value] of Object.entries(changes)) {
    if (value === undefined) delete merged[name]
    else merged[name] = value
  }
  if (scope.kind === 'patient') {
    const patients = [...answers.patients]
    while (patients.length < scope.index) patients.push({})
    patients[scope.index] = merged
    return { ...answers, patients }
  }
  if (scope.kind === 'agent') return { ...answers, agents: { ...answers.agents, [scope.agent]: merged } }
  return { ...answers, event: merged }
}

/** The required answers a page is still missing, by field name. */
export function missingOn(page: QuestionPage, answers: EventAnswers): Field[] {
  if (page.kind === 'organisation') return answers.event.reporterOrganisation ? [] : [organisationField]
  if (page.kind !== 'questions') return []
  const stored = answersIn(answers, page.scope)
  return applicableFields(page.fields, stored).filter(field => field.required && stored[field.name] === undefined)
}

const organisationField: Field = {
  kind: 'text',
  name: 'reporterOrganisation',
  label: 'Organisation',
  maxLength: 10,
  required: 'Select the organisation you are recording for',
}

/** Event answers set by the service rather than a question's own field. */
const answersNotAskedDirectly = ['reporterOrganisation', 'todaysDate'] as const

/** "Today" means the day it was answered, whenever the record is finished. */
export function withDerivedAnswers(
  changes: Record<string, AnswerValue | undefined>,
  today: string,
): Record<string, AnswerValue | undefined> {
  if (!('occurred' in changes)) return changes
  return { ...changes, todaysDate: changes.occurred === 'today' ? today : undefined }
}

/** Where Continue goes from a page: the task's next page, back to the task list, or on to the next question. */
export function nextAfter(slug: string, pages: readonly QuestionPage[]): string {
  const index = pages.findIndex(page => page.slug === slug)
  const page = pages[index]
  if (page?.returnTo) {
    const following = pages[index + 1]
    return following?.returnTo && sameScope(following.scope, page.scope) ? following.slug : page.returnTo
  }
  return pages.slice(index + 1).find(candidate => !candidate.returnTo)?.slug ?? CHECK_ANSWERS
}

/** The first question not yet answered (where a record is resumed), or check your answers. */
export function firstUnanswered(
  pages: readonly QuestionPage[],
  answers: EventAnswers,
  visited: readonly string[],
): string {
  const page = pages.find(
    candidate => !candidate.returnTo && (!visited.includes(candidate.slug) || missingOn(candidate, answers).length > 0),
  )
  return page?.slug ?? CHECK_ANSWERS
}

/**
 * Pages that still need an answer before the record can be submitted. The details of an involved
 * agent are optional, but once someone starts them, they are finished like any other question.
 */
export function incompletePages(pages: readonly QuestionPage[], answers: EventAnswers): QuestionPage[] {
  return pages.filter(
    page =>
      (!page.returnTo || Object.keys(answersIn(answers, page.scope)).length > 0) && missingOn(page, answers).length > 0,
  )
}

/** Only the answers to questions that apply, so a changed answer leaves nothing stale behind. */
export function applicableAnswers(answers: EventAnswers, pages: readonly QuestionPage[]): EventAnswers {
  let result: EventAnswers = { event: {}, patients: [], agents: {} }
  for (const key of answersNotAskedDirectly) {
    const value = answers.event[key]
    if (value !== undefined) result.event[key] = value
  }
  for (const page of pages) {
    const stored = answersIn(answers, page.scope)
    const kept = Object.fromEntries(
      allFields(page.fields)
        .filter(field => stored[field.name] !== undefined)
        .map(field => [field.name, stored[field.name]]),
    )
    result = withAnswers(result, page.scope, kept)
  }
  return result
}
