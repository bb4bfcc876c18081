import { type Candidate, IDENTIFIER_TYPES, type IdentifierSpan } from './types'

const BETWEEN_SAME_KIND = /^[ \t\u00a0]*$/
// "Hughes, Joan", "Harold 'Harry' Benson": one person.
const BETWEEN_NAMES = /^(?:,[ \t]{1,2}|[ \t]?['"‘’“”()][ \t]?)$/
const EDGE = /[\s,;:]/

/**
 * Turns every rule's proposals into sorted, non-overlapping spans. Each character goes to the
 * best-ranked proposal that covers it (longer first within a rank); what a weaker proposal keeps is
 * trimmed, and spans of one type with only spaces between them become one.
 */
export function resolveSpans(text: string, candidates: readonly Candidate[]): IdentifierSpan[] {
  // Each character holds 1 + the index of its type, or 0 while no proposal has claimed it.
  const painted = new Uint8Array(text.length)
  const byRank = [...candidates].sort((a, b) => a.rank - b.rank || b.end - b.start - (a.end - a.start))
  for (const candidate of byRank) {
    const code = IDENTIFIER_TYPES.indexOf(candidate.type) + 1
    for (let index = candidate.start; index < candidate.end; index++) {
      if (painted[index] === 0) painted[index] = code
    }
  }
  const spans: IdentifierSpan[] = []
  for (const { start: from, end: to } of coveredStretches(candidates)) {
    for (let index = from; index < to;) {
      const code = painted[index]!
      let start = index
      while (index < to && painted[index] === code) index++
      let end = index
      while (start < end && EDGE.test(text[start]!)) start++
      while (end > start && EDGE.test(text[end - 1]!)) end--
      if (start < end) add(spans, text, { start, end, type: IDENTIFIER_TYPES[code - 1]! })
    }
  }
  return spans
}

/** The stretches of text some proposal covers, in order: only these need reading back. */
function coveredStretches(candidates: readonly Candidate[]): { start: number; end: number }[] {
  const stretches: { start: number; end: number }[] = []
  for (const { start, end } of [...candidates].sort((a, b) => a.start - b.start)) {
    const last = stretches[stretches.length - 1]
    if (last && start <= last.end) last.end = Math.max(last.end, end)
    else stretches.push({ start, end })
  }
  return stretches
}

function add(spans: IdentifierSpan[], text: string, span: IdentifierSpan): void {
  const previous = spans[spans.length - 1]
  const between = previous ? text.slice(previous.end, span.start) : ''
  if (
    previous?.type === span.type &&
    (BETWEEN_SAME_KIND.test(between) || (span.type === 'PERSON' && BETWEEN_NAMES.test(between)))
  ) {
    previous.end = span.end
  } else {
    spans.push(span)
  }
}
