import { type Candidate, RANK } from '../types'
import { matchesOf, textBefore, THING_LABEL } from './matching'

// Ten digits as 3-3-4 with spaces, hyphens, dots or nothing between the groups.
const SEPARATOR = String.raw`(?:[ \t\u00a0]{1,2}|[ \t\u00a0]?[-.–][ \t\u00a0]?)?`
const TEN_DIGITS = new RegExp(String.raw`(?<![\w/.-])\d{3}${SEPARATOR}\d{3}${SEPARATOR}\d{4}(?![\w]|[/.-]\d)`, 'g')

const NHS_LABEL = /\bnhs\s*(?:no|number|num|#|id)?\.?\s*(?:[:#=(-]|is)?\s*$/i
// Scotland's CHI and Northern Ireland's Health and Care numbers share the shape and the check digit.
const OTHER_HEALTH_LABEL = /\b(?:chi|h\s?&\s?c|health\s+and\s+care)\s*(?:no|number|num|#)?\.?\s*(?:[:#=(-]|is)?\s*$/i

/** The NHS Modulus 11 check: weights 10 to 2 over the first nine digits give the tenth. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false
  let total = 0
  for (let index = 0; index < 9; index++) total += Number(digits[index]) * (10 - index)
  const check = 11 - (total % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[9])
}

/**
 * Ten-digit numbers that pass the check digit, and any ten digits written after an "NHS number"
 * label (a mistyped number still identifies someone).
 */
export function findNhsNumbers(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const match of matchesOf(TEN_DIGITS, text)) {
    const start = match.index
    const end = start + match[0].length
    const label = textBefore(text, start, 24)
    if (OTHER_HEALTH_LABEL.test(label)) found.push({ start, end, type: 'OTHER_ID', rank: RANK.labelled })
    else if (NHS_LABEL.test(label)) found.push({ start, end, type: 'NHS_NUMBER', rank: RANK.labelled })
    else if (isValidNhsNumber(match[0].replace(/\D/g, '')) && !THING_LABEL.test(label)) {
      found.push({ start, end, type: 'NHS_NUMBER', rank: RANK.pattern })
    }
  }
  return found
}
