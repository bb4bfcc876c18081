import { agentNames } from '../domain/eventForm/agentPages'
import { answersIn } from '../domain/eventForm/flow'
import { applicableFields, type Field, type AnswerValue } from '../domain/eventForm/fields'
import type { EventAnswers } from '../domain/eventForm/eventAnswers'
import { sections, type QuestionPage } from '../domain/eventForm/questionPage'
import { ukDate } from '../views/filters/ukDate'
import { fillIn } from './questionView'

export interface SummaryRow {
  key: string
  /** Each line of the answer; free text keeps its line breaks. */
  lines: string[]
  /** Where to change it, when it can be changed. */
  href?: string
  missing: boolean
}

export interface SummarySection {
  heading: string
  rows: SummaryRow[]
}

export interface SummaryOptions {
  /** The record's address, for change links; none when the summary is read only. */
  changeBase?: string
  words: Readonly<Record<string, string>>
  organisationName?: string
  /** Only the answers to fields like these, such as free text. */
  only?: (field: Field) => boolean
}

/** Every answer of a record, grouped as the questions were, for check your answers and summaries. */
export function summarise(
  pages: readonly QuestionPage[],
  answers: EventAnswers,
  options: SummaryOptions,
): SummarySection[] {
  const result: SummarySection[] = []
  const sectionFor = (heading: string) => {
    let section = result.find(candidate => candidate.heading === heading)
    if (!section) result.push((section = { heading, rows: [] }))
    return section
  }
  if (!options.only)
    sectionFor(sections.recording).rows.push({
      key: 'Organisation',
      lines: [options.organisationName ?? 'Not answered'],
      href: options.changeBase ? `${options.changeBase}/organisation?change=yes` : undefined,
      missing: !options.organisationName,
    })
  for (const page of pages) {
    const href = options.changeBase ? `${options.changeBase}/${page.slug}?change=yes` : undefined
    const heading =
      page.scope.kind === 'patient'
        ? `Patient ${page.scope.index + 1}`
        : page.scope.kind === 'agent'
          ? agentNames[page.scope.agent]
          : sections[page.section]
    if (page.kind !== 'questions') continue
    const stored = answersIn(answers, page.scope)
    // Details of an involved agent are optional: nothing is missing until someone starts them.
    if (page.returnTo && Object.keys(stored).length === 0) continue
    const rows = sectionFor(heading).rows
    for (const field of applicableFields(page.fields, stored).filter(options.only ?? (() => true))) {
      const value = stored[field.name]
      if (value === undefined && (!field.required || options.only)) continue
      const today = field.name === 'occurred' && value === 'today' ? stored.todaysDate : undefined
      rows.push({
        key: fillIn(field.label, options.words).replace(/ \(optional\)$/, ''),
        // "Today" stops being true the next day: show the date it meant.
        lines:
          value === undefined ? ['Not answered'] : typeof today === 'string' ? [ukDate(today)] : describe(field, value),
        href,
        missing: value === undefined,
      })
    }
  }
  return result.filter(section => section.rows.length)
}

/** An answer in words: the option's text, a date written out, or the text as typed. */
export function describe(field: Field, value: AnswerValue): string[] {
  const values = Array.isArray(value) ? value : [value]
  switch (field.kind) {
    case 'radios':
    case 'checkboxes':
    case 'select':
      return values.map(code => field.options.find(option => option.value === code)?.text ?? code)
    case 'date':
      return values.map(date => ukDate(date))
    case 'month':
      return values.map(month => ukDate(`${month}-01`).replace(/^1 /, ''))
    case 'textarea':
      return values.flatMap(text => text.split('\n'))
    default:
      return values
  }
}
