import { DRUG_NAMES } from '../names/drugNames'
import { type Candidate, RANK } from '../types'
import { matchesOf, textAfter, textBefore } from './matching'

/**
 * A date written in the text, read as far as it goes: "April 2024" has no day, "on the 21st" no month,
 * and a year written with two digits is kept as those two digits.
 */
export type WrittenDate = { start: number; end: number; day?: number; month?: number; year?: number }

const MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ')
// A full stop only after a short month: "3 Apr. 2024", but not the one ending "3 October."
const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)(?![a-z])\.?)(?![a-z])`
const DAY = String.raw`(3[01]|[12]\d|0?[1-9])(st|nd|rd|th)?(?!\d)`
const YEAR = String.raw`(\d{4}|'\d{2}|\d{2})(?![\w:]|[/.-]\d)`
const GAP = String.raw`[ \t\u00a0]{0,3}`
const WEEKDAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?`

const DAY_MONTH = new RegExp(
  String.raw`(?<![\w/.])${DAY}${GAP}(?:of${GAP})?[-/.]?${GAP}${MONTH}(?:${GAP},?${GAP}[-/.]?${GAP}${YEAR})?`,
  'gi',
)
const MONTH_DAY = new RegExp(String.raw`(?<![\w])${MONTH}${GAP}(?:the${GAP})?${DAY}(?:${GAP},?${GAP}${YEAR})?`, 'gi')
const MONTH_YEAR = new RegExp(String.raw`(?<![\w])${MONTH}${GAP},?${GAP}(\d{4}|'\d{2})(?![\w])`, 'gi')
// Numbers joined by slashes, full stops or hyphens, read in one pass and then sorted out: "3/4/24",
// "03.04.2024", "2024-04-03", "04/2024", "3/4".
const NUMBERS = /(?<![\w/.:-])(\d{1,4})([/.-])(\d{1,4})(?:\2(\d{1,4}))?(?![\dA-SU-Za-z_/]|[.-]\d)/g
// "on the 21st", "Monday 3rd", "thurs 12th": a day of the month whose month the reader already knows.
const ORDINAL_DAY = new RegExp(
  String.raw`\b(?:(?:on|by|from|until|till|since|before|after)[ \t]+(?:the[ \t]+)?|${WEEKDAY}[ \t]+(?:the[ \t]+)?)(3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)\b`,
  'gid',
)
// The first day of a range before a month: "9th–10th October", "3–9 February".
const RANGE_START = /(?<![\w/.])(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?[ \t]?[–-][ \t]?$/i

// Dates with a month's name are looked for only around the names of months, which most texts lack.
const MONTH_NAME =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\b/gi
const BEFORE_MONTH = 16
const AFTER_MONTH = 20
const ORDINAL = /\d(?:st|nd|rd|th)\b/i
const BIRTH_LABEL =
  /(?:\bd\.?[ \t]?o\.?[ \t]?b\b\.?|\bdate[ \t]+of[ \t]+birth|\bbirth[ \t]*date|\bborn(?:[ \t]+on)?|\bb\.)[ \t]*[:=-]?[ \t]*(?:is[ \t]+|was[ \t]+|of[ \t]+)?$/i
const EXPIRY_LABEL = /\b(?:exp(?:iry|ires|ired)?|use[ \t]+by|best[ \t]+before)\b[^\n\d]{0,12}$/i
const COMPACT_BIRTH_DATE =
  /(?:\bd\.?[ \t]?o\.?[ \t]?b\b\.?|\bdate[ \t]+of[ \t]+birth)[ \t]*[:=-]?[ \t]*(\d{6}|\d{8})(?!\d)/dgi

// "7/10" after a pain score, "1/2 hourly", "3/12" for three months, "6/9" for visual acuity: a slash
// between two small numbers is a date only when nothing says it is something else.
const MEASURE_BEFORE =
  /\b(?:pain|scores?|scored|scale|gcs|news2?|mews|pews|power|grade|graded|stage|rated|rating|level|ratio|strength|waterlow|braden|must|apgar|cfs|rockwood|frailty|sats|spo2|bp|fio2|o2|x|out\s+of|dose|doses|tab|tabs|tablets?|acuity|va|vision|pinhole|[rl])\b[^.\n\d]{0,20}$/i
const MEASURE_AFTER =
  /^[ \t]*(?:hourly|hrly|hrs?|hours?|mins?|minutes?|days?|weeks?|wks?|months?|mths?|years?|yrs?|of|a|an|tabs?|tablets?|doses?|strength|ly|dose|units?|mg|ml|mls|times)\b/i
const DATE_CONTEXT_BEFORE = new RegExp(
  String.raw`\b(?:on|from|since|until|till|dated|date|by|before|after|between|to|and|wef|w\/c|commencing|starting|ending|dob|d\.o\.b|born|admitted|discharged|seen|${WEEKDAY})[ \t]*:?[ \t]*$`,
  'i',
)
const LAST_WORD = /([a-z]+)[ \t]*$/i
const TIME_AFTER = /^[ \t]*(?:at[ \t]+)?\d{1,2}[:.]\d{2}\b/
const DURATION_DENOMINATORS = new Set([7, 10, 12])
const FRACTIONS = new Set(['1/2', '1/3', '1/4', '2/3', '3/4'])
const SNELLEN_DENOMINATORS = new Set([5, 6, 9, 12, 18, 24, 36, 60])
// A word after "on the 2nd" that makes it a count, not a date: "on the 2nd attempt".
const COUNTED_AFTER =
  /^[ \t]+(?!and\b|at\b|to\b|of\b|when\b|but\b|or\b|in\b|the\b|a\b|i\b|we\b|he\b|she\b|they\b|it\b|was\b)[a-z]/i

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1
}

function yearOf(written: string | undefined): number | undefined {
  return written === undefined ? undefined : Number(written.replace("'", ''))
}

function isDayOfMonth(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!
}

// "may" in lower case is usually the verb: a lower-case "may" date needs a year or "3rd".
function isVerbMay(monthWritten: string, year: string | undefined, ordinal: string | undefined): boolean {
  return monthWritten === 'may' && year === undefined && ordinal === undefined
}

/**
 * The stretches of text around the names of months, where dates with a month's name can be: near
 * names run together into one stretch, so each character is read once.
 */
function aroundMonths(text: string): { start: number; end: number }[] {
  const stretches: { start: number; end: number }[] = []
  for (const month of matchesOf(MONTH_NAME, text)) {
    const start = Math.max(0, month.index - BEFORE_MONTH)
    const end = Math.min(text.length, month.index + month[0].length + AFTER_MONTH)
    const last = stretches[stretches.length - 1]
    if (last && start <= last.end) last.end = end
    else stretches.push({ start, end })
  }
  return stretches
}

/** A pattern's matches in the stretches, with offsets into the text; a match cut short by an edge is not one. */
function* matchesAround(
  text: string,
  stretches: { start: number; end: number }[],
  pattern: RegExp,
): Generator<{ offset: number; match: RegExpExecArray }> {
  for (const { start: offset, end } of stretches) {
    const stretch = text.slice(offset, end)
    for (const match of matchesOf(pattern, stretch)) {
      const cutShort = match.index + match[0].length === stretch.length && end < text.length
      const cutOff = match.index === 0 && offset > 0 && /[\w/.]/.test(text[offset - 1]!)
      if (!cutShort && !cutOff) yield { offset, match }
    }
  }
}

/** Every date more precise than a year, with what it says. */
export function readDates(text: string): WrittenDate[] {
  const dates: WrittenDate[] = []
  const add = (start: number, end: number, month: number | undefined, day?: number, year?: number) => {
    if (day !== undefined && month !== undefined && !isDayOfMonth(day, month)) return
    if (year !== undefined && year >= 100 && (year < 1850 || year > 2150)) return
    dates.push({ start, end, day, month, year })
  }
  const months = aroundMonths(text)
  for (const { offset, match } of matchesAround(text, months, DAY_MONTH)) {
    const [, day, ordinal, monthWritten, year] = match
    if (isVerbMay(monthWritten!, year, ordinal)) continue
    const range = RANGE_START.exec(textBefore(text, offset + match.index, 8))
    const start = offset + match.index - (range ? range[0].length : 0)
    add(start, offset + match.index + match[0].length, monthNumber(monthWritten!), Number(day), yearOf(year))
  }
  for (const { offset, match } of matchesAround(text, months, MONTH_DAY)) {
    const [, monthWritten, day, ordinal, year] = match
    if (isVerbMay(monthWritten!, year, ordinal)) continue
    const start = offset + match.index
    add(start, start + match[0].length, monthNumber(monthWritten!), Number(day), yearOf(year))
  }
  for (const { offset, match } of matchesAround(text, months, MONTH_YEAR)) {
    if (match[1] === 'may') continue
    const start = offset + match.index
    add(start, start + match[0].length, monthNumber(match[1]!), undefined, yearOf(match[2]))
  }
  for (const match of matchesOf(NUMBERS, text)) {
    const [written, first, separator, second, third] = match
    const [start, end] = [match.index, match.index + written.length]
    if (third !== undefined && first!.length === 4 && second!.length <= 2 && third.length <= 2) {
      add(start, end, Number(second), Number(third), Number(first))
    } else if (third !== undefined && first!.length <= 2 && second!.length <= 2 && third.length !== 3) {
      if (third.length === 1 || followsMedicine(text, start)) continue
      // Day first, as written in the UK; month first only when the day first cannot be.
      const [day, month] = isDayOfMonth(Number(first), Number(second)) ? [first, second] : [second, first]
      add(start, end, Number(month), Number(day), yearOf(third))
    } else if (third === undefined && separator === '/' && first!.length <= 2 && second!.length === 4) {
      add(start, end, Number(first), undefined, Number(second))
    } else if (third === undefined && separator === '/' && first!.length <= 2 && second!.length <= 2) {
      if (isDayAndMonth(text, start, first!, second!)) add(start, end, Number(second), Number(first))
    }
  }
  for (const match of ORDINAL.test(text) ? matchesOf(ORDINAL_DAY, text) : []) {
    const [start, end] = match.indices![1]!
    if (!COUNTED_AFTER.test(textAfter(text, end + 2, 12))) add(start, end + 2, undefined, Number(match[1]))
  }
  return dates
}

// "hydrocortisone 20/10/10" is a dose at three times of day.
function followsMedicine(text: string, index: number): boolean {
  const word = LAST_WORD.exec(textBefore(text, index, 30))
  return word !== null && DRUG_NAMES.has(word[1]!.toLowerCase())
}

function isDayAndMonth(text: string, start: number, first: string, second: string): boolean {
  const written = `${first}/${second}`
  const before = textBefore(text, start, 24)
  const after = textAfter(text, start + written.length, 16)
  if (TIME_AFTER.test(after)) return true
  if (MEASURE_BEFORE.test(before) || MEASURE_AFTER.test(after)) return false
  if (DATE_CONTEXT_BEFORE.test(before)) return true
  const [numerator, denominator] = [Number(first), Number(second)]
  const snellen = numerator === 6 && SNELLEN_DENOMINATORS.has(denominator)
  return !DURATION_DENOMINATORS.has(denominator) && !FRACTIONS.has(written) && !snellen
}

/**
 * Dates as DATE, or DATE_OF_BIRTH after a label such as "DOB", "D.O.B." or "born"; a medicine's or
 * device's expiry date is not a person's.
 */
export function findDates(text: string, dates: readonly WrittenDate[]): Candidate[] {
  const found: Candidate[] = []
  for (const { start, end } of dates) {
    const before = textBefore(text, start, 30)
    if (BIRTH_LABEL.test(before)) found.push({ start, end, type: 'DATE_OF_BIRTH', rank: RANK.labelled })
    else if (!EXPIRY_LABEL.test(before)) found.push({ start, end, type: 'DATE', rank: RANK.pattern })
  }
  for (const match of matchesOf(COMPACT_BIRTH_DATE, text)) {
    const [start, end] = match.indices![1]!
    found.push({ start, end, type: 'DATE_OF_BIRTH', rank: RANK.labelled })
  }
  return found
}
