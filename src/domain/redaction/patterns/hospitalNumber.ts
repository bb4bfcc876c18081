import { type Candidate, RANK } from '../types'
import { matchesOf, textBefore, THING_LABEL } from './matching'

// The number after a label: an optional letter prefix, then at least four digits, perhaps grouped.
const VALUE = String.raw`((?:[A-Z]{1,4}[-/ ]?)?\d(?:[ -]?\d){3,14}[A-Z]?)(?![\w])`
const LABEL = String.raw`(?:(?:hospital|hosp|unit|pas|patient|pt|medical\s+record|record|case|k)\s*(?:no|number|num|id|#)\.?|mrn|m\.r\.n\.?|pas)`
const LABELLED = new RegExp(String.raw`\b${LABEL}\s*(?:[:#=.(-]|is)?\s*${VALUE}`, 'gid')
// Numbers whose shape alone says they are hospital numbers: a trust code with a hyphen ("RXX-123456"),
// and one to three capitals before six to eight digits ("K1234567", "T558812"), unless a label says
// the number is a batch, a lot or the like.
const SHAPED = /\b(?:R[A-Z0-9]{2}-\d{4,10}|[A-Z]{1,3}\d{6,8})\b/g

/** Hospital numbers (MRN, unit number, PAS number) after their labels, and numbers shaped like them anywhere. */
export function findHospitalNumbers(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of matchesOf(LABELLED, text)) {
    const [start, end] = match.indices![1]!
    found.push({ start, end, type: 'HOSPITAL_NUMBER', rank: RANK.labelled })
  }
  for (const match of matchesOf(SHAPED, text)) {
    if (THING_LABEL.test(textBefore(text, match.index, 30))) continue
    found.push({ start: match.index, end: match.index + match[0].length, type: 'HOSPITAL_NUMBER', rank: RANK.pattern })
  }
  return found
}
