import { allFields } from './fields'
import { answersIn } from './flow'
import type { EventAnswers } from './eventAnswers'
import type { QuestionPage } from './questionPage'

/** The questions (by page title and label) whose answers differ between two versions of a record. */
export function changedQuestions(
  before: EventAnswers,
  after: EventAnswers,
  pagesBefore: readonly QuestionPage[],
  pagesAfter: readonly QuestionPage[],
): string[] {
  const changed: string[] = []
  if (before.event.reporterOrganisation !== after.event.reporterOrganisation) changed.push('Organisation')
  const seen = new Set<string>()
  for (const page of [...pagesAfter, ...pagesBefore]) {
    for (const field of allFields(page.fields)) {
      const key = `${page.slug}:${field.name}`
      if (seen.has(key)) continue
      seen.add(key)
      const old = JSON.stringify(answersIn(before, page.scope)[field.name] ?? null)
      const now = JSON.stringify(answersIn(after, page.scope)[field.name] ?? null)
      if (old !== now) changed.push(page.title === field.label ? field.label : `${page.title}: ${field.label}`)
    }
  }
  return changed
}
