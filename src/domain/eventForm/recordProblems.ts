import type { EventAnswers } from './eventAnswers'
import { incompletePages, missingOn } from './flow'
import type { QuestionPage } from './questionPage'

/** Something that stops a record being submitted: the page to fix it on, and what to do. */
export interface RecordProblem {
  slug: string
  text: string
}

/** The questions still to answer, each named by its first missing answer, in the order they are asked. */
export function recordProblems(pages: readonly QuestionPage[], answers: EventAnswers): RecordProblem[] {
  return incompletePages(pages, answers).map(page => ({
    slug: page.slug,
    text: missingOn(page, answers)[0]?.required ?? page.title,
  }))
}

/** The organisation chosen has closed (or left the list) since it was chosen. */
export const organisationClosedProblem: RecordProblem = {
  slug: 'organisation',
  text: 'The organisation you chose is no longer open. Select the organisation you are recording for',
}

/** The record cannot be submitted yet: what needs fixing, in order. */
export class IncompleteRecordError extends Error {
  constructor(readonly problems: RecordProblem[]) {
    super('The record is not complete')
  }
}
