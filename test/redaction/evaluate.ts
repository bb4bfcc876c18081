/**
 * Scores the redactor against a labelled set: recall and precision per type and overall, then every
 * miss and every false positive with its context. Reports; asserts nothing.
 *
 *   npm run eval:redaction [-- <directory of .jsonl files>]
 */
import { findIdentifiers, IDENTIFIER_TYPES, type IdentifierSpan } from '../../src/domain/redaction'
import { toKnownIdentifiers } from '../../src/domain/redaction/recordedKnown'
import { projectPath } from '../../src/projectPath'
import { type EvalRecord, type LabelledSpan, loadEvalSet } from './loadEvalSet'

const CONTEXT = 40

type Scored = { record: EvalRecord; predicted: IdentifierSpan[]; covered: Uint8Array }
type Count = { found: number; of: number }

const count = (): Count => ({ found: 0, of: 0 })
const percent = ({ found, of }: Count) => (of === 0 ? '-' : `${((100 * found) / of).toFixed(1)}%`)
const isSpace = (character: string) => /\s/.test(character)

function score(record: EvalRecord): Scored {
  const predicted = findIdentifiers(record.text, toKnownIdentifiers(record.known))
  const covered = new Uint8Array(record.text.length)
  for (const span of predicted) covered.fill(1, span.start, span.end)
  return { record, predicted, covered }
}

/** A gold span is recalled when every character of it but spaces is covered by some predicted span. */
function isRecalled({ record, covered }: Scored, span: LabelledSpan): boolean {
  for (let index = span.start; index < span.end; index++) {
    if (!covered[index] && !isSpace(record.text[index]!)) return false
  }
  return true
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end

/** Words of the names the record holds, so a labelled name can be told to be one of them. */
function knownNameWords(record: EvalRecord): Set<string> {
  const names = [record.known.patient_name, record.known.reporter_name, ...(record.known.staff_names ?? [])]
  return new Set(
    names.flatMap(name => (name ?? '').toLowerCase().split(/[^\p{L}'’-]+/u)).filter(word => word.length > 1),
  )
}

function inContext(text: string, start: number, end: number): string {
  const flat = (part: string) => part.replace(/\s+/g, ' ')
  return `${flat(text.slice(Math.max(0, start - CONTEXT), start))}⟦${flat(text.slice(start, end))}⟧${flat(text.slice(end, end + CONTEXT))}`
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map(row => row[column]!.length)))
  return rows.map(row => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')).join('\n')
}

function evaluate(directory: string): void {
  const records = loadEvalSet(directory)
  const scored = records.map(score)

  const recall = new Map(IDENTIFIER_TYPES.map(type => [type, count()]))
  const precision = new Map(IDENTIFIER_TYPES.map(type => [type, count()]))
  const overallRecall = count()
  const overallPrecision = count()
  const knownNames = count()
  const recordsWithoutLeak = count()
  const ordinary = count()
  const misses: string[] = []
  const falsePositives: string[] = []

  for (const result of scored) {
    const { record, predicted, covered } = result
    const knownWords = knownNameWords(record)
    let leaked = false
    for (const span of record.spans) {
      const recalled = isRecalled(result, span)
      for (const tally of [recall.get(span.type)!, overallRecall]) {
        tally.of++
        if (recalled) tally.found++
      }
      const words = span.text.toLowerCase().split(/[^\p{L}'’-]+/u)
      if (span.type === 'PERSON' && words.some(word => knownWords.has(word))) {
        knownNames.of++
        if (recalled) knownNames.found++
      }
      if (!recalled) {
        leaked = true
        misses.push(`${record.id}  ${span.type}  ${inContext(record.text, span.start, span.end)}`)
      }
    }
    if (record.spans.length > 0) {
      recordsWithoutLeak.of++
      if (!leaked) recordsWithoutLeak.found++
    }
    for (const span of predicted) {
      const correct = record.spans.some(gold => overlaps(gold, span))
      const tally = precision.get(span.type) ?? count()
      for (const each of [tally, overallPrecision]) {
        each.of++
        if (correct) each.found++
      }
      if (!correct) falsePositives.push(`${record.id}  ${span.type}  ${inContext(record.text, span.start, span.end)}`)
    }
    const gold = new Uint8Array(record.text.length)
    for (const span of record.spans) gold.fill(1, span.start, span.end)
    for (let index = 0; index < record.text.length; index++) {
      if (gold[index] || isSpace(record.text[index]!)) continue
      ordinary.of++
      if (covered[index]) ordinary.found++
    }
  }

  const characters = records.reduce((total, record) => total + record.text.length, 0)
  const out = (line = '') => process.stdout.write(`${line}\n`)
  out(`${records.length} records, ${characters} characters, from ${directory}`)
  out()
  out(
    table([
      ['type', 'labelled', 'recall', 'predicted', 'precision'],
      ...IDENTIFIER_TYPES.filter(type => recall.get(type)!.of > 0 || precision.get(type)!.of > 0).map(type => [
        type,
        String(recall.get(type)!.of),
        percent(recall.get(type)!),
        String(precision.get(type)!.of),
        percent(precision.get(type)!),
      ]),
      [
        'overall',
        String(overallRecall.of),
        percent(overallRecall),
        String(overallPrecision.of),
        percent(overallPrecision),
      ],
    ]),
  )
  out()
  out(
    table([
      ['names held in known: recall', percent(knownNames)],
      ['records with identifiers left with no leak', percent(recordsWithoutLeak)],
      ['ordinary characters redacted', percent(ordinary)],
    ]),
  )
  out()
  out(`misses (${misses.length})`)
  for (const miss of misses) out(`  ${miss}`)
  out()
  out(`false positives (${falsePositives.length})`)
  for (const falsePositive of falsePositives) out(`  ${falsePositive}`)
}

// Piped into `head`, the report simply stops.
process.stdout.on('error', error => {
  if ((error as NodeJS.ErrnoException).code !== 'EPIPE') throw error
})
evaluate(process.argv[2] ?? projectPath('test', 'redaction', 'eval-set'))
