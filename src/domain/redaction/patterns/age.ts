import { type Candidate, RANK } from '../types'
import { matchesOf } from './matching'

const NUMBER_WORDS = 'one two three four five six seven eight nine ten eleven twelve'.split(' ')
const UNITS = NUMBER_WORDS.slice(0, 9)
// "ninety-four", "one hundred and two": ages over 89 written in words.
const AGE_IN_WORDS = String.raw`(?:(?:a|one)[ -]hundred(?:[ -](?:and[ -])?(?:${UNITS.join('|')}|ten|eleven|twelve))?|ninety(?:[ -](?:${UNITS.join('|')}))?)`
const AGE = String.raw`(\d{2,3}|${AGE_IN_WORDS})`
const AGE_IN_DIGITS = String.raw`(\d{2,3})`
const NOT_AN_AGE_AFTER = String.raw`(?![ \t]*(?:%|\/|°|kg|g\b|mg|ml|mm|cm|bpm|mmhg|mins?|minutes?|hours?|hrs?|days?|weeks?|secs?|seconds?|units?|mmol|ng|iu|x\b))`
// Who an "is 96" is about: a person, in the words of a narrative.
const PERSON_WORD = String.raw`(?:she|he|who|nan|nana|nanna|gran|granny|grandma|grandad|grandpa|grandmother|grandfather|mum|mam|mother|dad|father|patient|resident|husband|wife|aunt|uncle|lady|gentleman|man|woman)`
/** The ways an age is written, for an age in digits or in words. */
function agePatterns(age: string): RegExp[] {
  return [
    // "94-year-old", "94 yrs old", "94 years of age", "94yo", "94 y/o", "94 yr"
    new RegExp(
      String.raw`(?<![\w.])${age}[ \t]?-?[ \t]?(?:years?|yrs?|y)[ \t]?-?[ \t]?(?:old|of[ \t]+age)\b|(?<![\w.])${age}[ \t]?(?:yo|y\.o\.?|y\/o|yrs?|years)(?![\w/])`,
      'gi',
    ),
    // "aged 94", "age: 94", "age 101"
    new RegExp(String.raw`\bage[ds]?[ \t]*[:=-]?[ \t]*(?:of[ \t]+)?${age}(?!\w|\.\d)`, 'gi'),
    // "my nan is 96", "she is now 103", "patient, 97,"
    new RegExp(
      String.raw`\b${PERSON_WORD}(?:[ \t]+(?:is|was|turned|turns)(?:[ \t]+now)?|,)[ \t]+${age}\b${NOT_AN_AGE_AFTER}`,
      'gi',
    ),
  ]
}
const DIGIT_PATTERNS = [
  ...agePatterns(AGE_IN_DIGITS),
  // "92y", "94F", "94 M", "(M, 91)": age and sex as clinicians and systems jot them
  /(?<![\w.])(\d{2,3})y\b|(?<![\w.])(\d{2,3})[ \t]?(?:M|F)\b(?![.,]?\d)|\((?:M|F|male|female),[ \t]*(\d{2,3})\)/g,
]
// Ages in words are rare: their patterns run only on a text that has "ninety" or "hundred" in it.
const WORD_PATTERNS = agePatterns(`(${AGE_IN_WORDS})`)
// After a name: "Dorothy Pearson (94)", "Mr Peter Szabo, 93,", "Ivy is 99".
const AFTER_NAME = new RegExp(
  String.raw`^(?:[ \t]*\([ \t]*|,[ \t]*|[ \t]+(?:is|was|turned|turns)(?:[ \t]+now)?[ \t]+)${AGE}\b${NOT_AN_AGE_AFTER}`,
  'i',
)
// Every age over 89 has one of these in it; most texts have none, and are done with at once.
const POSSIBLE = /\b(?:9\d|1[0-3]\d)(?:\b|y)|ninety|hundred/i
const IN_WORDS = /ninety|hundred/i

function ageValue(written: string): number {
  if (/^\d+$/.test(written)) return Number(written)
  let value = 0
  for (const word of written.toLowerCase().split(/[ -]+/)) {
    if (word === 'hundred') value = 100
    else if (word === 'ninety') value += 90
    else value += NUMBER_WORDS.indexOf(word) + 1
  }
  return value
}

function ageSpan(match: RegExpExecArray, offset: number): Candidate | undefined {
  const written = match.slice(1).find(group => group !== undefined)
  if (written === undefined) return undefined
  const value = ageValue(written)
  if (value < 90 || value > 130) return undefined
  const start = offset + match.index + match[0].lastIndexOf(written)
  return { start, end: start + written.length, type: 'AGE_OVER_89', rank: RANK.pattern }
}

/**
 * Ages over 89 (which HIPAA counts as identifying): the number alone, as in "[94]-year-old", written
 * as an age or just after a person's name (`names`).
 */
export function findAgesOver89(text: string, names: readonly Candidate[]): Candidate[] {
  const found: Candidate[] = []
  if (!POSSIBLE.test(text)) return found
  for (const pattern of IN_WORDS.test(text) ? [...DIGIT_PATTERNS, ...WORD_PATTERNS] : DIGIT_PATTERNS) {
    for (const match of matchesOf(pattern, text)) {
      const span = ageSpan(match, 0)
      if (span) found.push(span)
    }
  }
  for (const name of names) {
    const match = AFTER_NAME.exec(text.slice(name.end, name.end + 40))
    const span = match && ageSpan(match, name.end)
    if (span) found.push(span)
  }
  return found
}
