import { type Candidate, RANK } from '../types'
import { matchesOf, textBefore, THING_LABEL } from './matching'

// A run of digits with the spaces, hyphens and brackets people put in phone numbers; which part of
// it is the number is decided by checking the digits, group by group.
const DIGIT_RUN = /(?<![\w+])(?:\+[ \t]?|\([ \t]?)?\d[\d \t\u00a0()–-]{6,24}\d(?![\w])/g
const GROUP = /\d+/g
// A phone number has 10 or 11 digits at home; abroad, from 9 with a + to 17 with 00.
const MIN_DIGITS = 9
const MAX_DIGITS = 17
const EXTENSION = /^[ \t]*,?[ \t]*(?:ext(?:ension|n)?\.?|x)[ \t]*:?[ \t]*\d{2,6}(?!\d)/i

/**
 * Whether these digits could be a phone number: a UK number as dialled at home or after +44 or 0044,
 * or another country's number after + or 00 (a country code and up to 13 more digits).
 */
function isPhoneNumber(digits: string, international: boolean): boolean {
  let national = digits
  if (international || digits.startsWith('00')) {
    const rest = digits.replace(/^(?:00)?44/, '')
    if (rest === digits) return /^(?:00)?[1-9]\d{7,14}$/.test(digits)
    national = rest.startsWith('0') ? rest : `0${rest}`
  }
  // Geographic, non-geographic and mobile numbers: ten digits after the 0 (nine for a few areas).
  if (!/^0[1235789]\d{8,9}$/.test(national)) return false
  return national.length === 11 || /^0(?:1|800)/.test(national)
}

/** Phone numbers however they are grouped, with +44, 0044 or (0), and any extension after them. */
export function findPhoneNumbers(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const run of matchesOf(DIGIT_RUN, text)) {
    const groups = [...run[0].matchAll(GROUP)].map(group => ({
      start: run.index + group.index,
      end: run.index + group.index + group[0].length,
    }))
    const number = longestNumber(text, groups)
    if (!number || THING_LABEL.test(textBefore(text, number.start, 30))) continue
    const extension = EXTENSION.exec(text.slice(number.end, number.end + 24))
    const end = number.end + (extension ? extension[0].length : 0)
    found.push({ start: number.start, end, type: 'PHONE', rank: RANK.pattern })
  }
  return found
}

function longestNumber(
  text: string,
  groups: { start: number; end: number }[],
): { start: number; end: number } | undefined {
  // Digits before each group, so a stretch of groups is skipped at once when it has too few or too many.
  const before = [0]
  for (const group of groups) before.push(before[before.length - 1]! + group.end - group.start)
  for (let count = groups.length; count > 0; count--) {
    for (let first = 0; first + count <= groups.length; first++) {
      const digits = before[first + count]! - before[first]!
      if (digits < MIN_DIGITS || digits > MAX_DIGITS) continue
      const start = groups[first]!.start
      const end = groups[first + count - 1]!.end
      const written = text.slice(start, end)
      const plus = text[start - 1] === '+' || text[start - 2] === '+'
      // "(0117) 496 0123" keeps its bracket; "(01937 555123)" is a number in brackets.
      const opening = text[start - 1] === '(' && written.includes(')') ? start - 1 : start
      if (isPhoneNumber(written.replace(/\D/g, ''), plus)) {
        return { start: plus ? text.lastIndexOf('+', start) : opening, end: closeBracket(text, written, end) }
      }
    }
  }
  return undefined
}

/** Keeps a bracket that closes one opened inside the number: "(0)117 496 0123". */
function closeBracket(text: string, written: string, end: number): number {
  const opened = written.split('(').length - written.split(')').length
  return opened > 0 && text[end] === ')' ? end + 1 : end
}
