import { type Candidate, RANK } from '../types'
import { matchesOf } from './matching'

// Two prefix letters (neither D, F, I, Q, U or V; the second not O; never BG, GB, KN, NK, NT, TN or ZZ),
// six digits, then A to D. QQ is the prefix HMRC prints in examples, so people copy it.
const NI_NUMBER =
  /(?<![A-Za-z0-9])(?!BG|GB|KN|NK|NT|TN|ZZ)(?:[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]|QQ)[ \t-]?\d{2}[ \t-]?\d{2}[ \t-]?\d{2}[ \t-]?[A-D](?![A-Za-z0-9])/gi

/** National Insurance numbers, spaced or not. */
export function findNiNumbers(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of matchesOf(NI_NUMBER, text)) {
    found.push({ start: match.index, end: match.index + match[0].length, type: 'NI_NUMBER', rank: RANK.pattern })
  }
  return found
}
