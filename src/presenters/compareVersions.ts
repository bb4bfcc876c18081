import type { EventAnswers } from '../domain/eventForm/eventAnswers'
import { pagesFor, type RecordingContext } from '../domain/eventForm/flow'
import { summarise } from './summaryView'

export interface VersionDifference {
  section: string
  question: string
  theirs: string[]
  mine: string[]
}

/** The answers that differ between two versions of a record, question by question. */
export function compareVersions(
  theirs: EventAnswers,
  mine: EventAnswers,
  context: RecordingContext,
  organisationNames: Readonly<Record<string, string>>,
): VersionDifference[] {
  const flatten = (answers: EventAnswers) => {
    const odsCode = String(answers.event.reporterOrganisation ?? '')
    const sections = summarise(pagesFor(answers, context), answers, {
      words: { organisation: 'your organisation' },
      organisationName: organisationNames[odsCode] ?? odsCode,
    })
    return new Map(
      sections.flatMap(section => section.rows.map(row => [`${section.heading}\u0000${row.key}`, row.lines])),
    )
  }
  const before = flatten(theirs)
  const after = flatten(mine)
  const differences: VersionDifference[] = []
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const theirLines = before.get(key) ?? []
    const myLines = after.get(key) ?? []
    if (JSON.stringify(theirLines) === JSON.stringify(myLines)) continue
    const [section, question] = key.split('\u0000') as [string, string]
    differences.push({ section, question, theirs: theirLines, mine: myLines })
  }
  return differences
}
