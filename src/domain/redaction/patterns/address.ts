import { type Candidate, RANK } from '../types'
import { PLACE_WORDS } from '../names/places'
import { matchesOf } from './matching'

const words = (list: string) => list.trim().split(/\s+/)

const STRONG_SUFFIXES = words('road street avenue lane close drive crescent gardens terrace grove mews')
const UNNUMBERED_SUFFIXES = STRONG_SUFFIXES.filter(word => word !== 'close' && word !== 'drive')
const SUFFIXES = [
  ...STRONG_SUFFIXES,
  ...words(`rd st ave ln way court ct cres gdns place pl tce hill walk row square sq rise view parade green vale
    fields meadow meadows wharf yard heights boulevard esplanade embankment circus chase croft grange mount orchard
    paddock quay ridge approach broadway causeway drove wynd bank brae loan vennel gait park`),
]
// Buildings that flats are in: "Flat 9, Ravensworth House".
const BUILDINGS = words('house court lodge mansions tower towers point heights buildings place block hall gardens')
// Welsh streets put the kind of street first: "5 Heol y Coed", "2 Ffordd Las".
const WELSH_STREETS = words('heol ffordd stryd lon lôn rhodfa maes cae')

function capitalised(word: string): string {
  return word[0]!.toUpperCase() + word.slice(1)
}

/** "road|Road|ROAD": street words as people write them, without matching the rest of a pattern case-blind. */
function inEveryCase(list: string[]): string {
  return list.flatMap(word => [word, capitalised(word), word.toUpperCase()]).join('|')
}

const HOUSE_NUMBER = String.raw`\b\d{1,4}[A-Za-z]?(?:-\d{1,4})?,?[ \t]+`
const CAPITALISED_WORDS = String.raw`(?:[A-Z][A-Za-z'’-]*[ \t]+){1,3}`
const LOWER_CASE_WORDS = String.raw`(?:[a-z][a-z'’-]*[ \t]+){1,3}`
const FLAT = String.raw`(?:${inEveryCase(words('flat apartment apt unit room'))})[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+`

/** Each pattern, with a quick test a text must pass before the pattern is worth running. */
const PATTERNS: { pattern: RegExp; when?: RegExp }[] = [
  { pattern: new RegExp(String.raw`${HOUSE_NUMBER}${CAPITALISED_WORDS}(?:${inEveryCase(SUFFIXES)})\b`, 'g') },
  {
    pattern: new RegExp(
      String.raw`${HOUSE_NUMBER}${LOWER_CASE_WORDS}(?:${[...STRONG_SUFFIXES, 'rd', 'st', 'ave'].join('|')})\b`,
      'g',
    ),
  },
  {
    pattern: new RegExp(String.raw`\b${FLAT}(?:[A-Z][A-Za-z'’-]*[ \t]+){1,3}(?:${inEveryCase(BUILDINGS)})\b`, 'g'),
    when: /\b(?:flat|apartment|apt|unit|room)[ \t]+\d/i,
  },
  {
    pattern: new RegExp(
      String.raw`\b\d{1,4},?[ \t]+(?:${inEveryCase(WELSH_STREETS)})(?:[ \t]+[A-Za-z'’-]+){1,3}(?=,|\n|$)`,
      'g',
    ),
    when: new RegExp(String.raw`\b(?:${WELSH_STREETS.join('|')})\b`, 'i'),
  },
]
// A street named without its number: "on Mill Lane" ("Close" and "Drive" are too often other words),
// but not a building named after one: "the Victoria Street entrance", "Victoria Street Surgery".
const UNNUMBERED = new RegExp(
  String.raw`(?<![\w])(?:[A-Z][a-z'’]+[ \t]+){1,2}(?:${UNNUMBERED_SUFFIXES.map(capitalised).join('|')})\b(?![ \t]+(?:[A-Z]|entrance|exit|car|bus|stop|site|campus|building))`,
  'g',
)
const THE_BEFORE = /\bthe[ \t]+$/i
// A flat before the house number ("Flat 3, 22 Mill Lane") is looked for after a match, so that the
// patterns start with a digit, which is quick to search for.
const FLAT_BEFORE = new RegExp(String.raw`${FLAT}$`)
// A house name before the number: "Ty Gwyn, 5 Heol y Coed".
const HOUSE_NAME_BEFORE = /(?<![\w])[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?,[ \t]*$/
// Further lines of the address: a street, then the town ("…, Wellington Street, Dundee").
const NEXT_LINE = /^,[ \t]*((?:[A-Z][A-Za-z'’-]*(?!\w))(?:[ \t]+[A-Z][A-Za-z'’-]*(?!\w)){0,2})/
const LINE_ENDS =
  /^(?:[ \t]*(?:[,.;:)\n]|\(|$)|[ \t]+(?:[A-Z]{1,2}\d|and\b|but\b|which\b|where\b|with\b|for\b|on\b|in\b|at\b|to\b))/
const MAX_LINES = 3

// "Ty Gwyn, 5 Heol y Coed", but not "Parkview Medical Practice, 22 High St".
function houseNameBefore(before: string): RegExpExecArray | null {
  const house = HOUSE_NAME_BEFORE.exec(before)
  return house && !house[0].split(/[\s,]+/).some(word => PLACE_WORDS.has(word.toLowerCase())) ? house : null
}

/** Street addresses with the lines after them (street, town), but not the postcode, which is its own span. */
export function findAddresses(text: string): Candidate[] {
  const found: Candidate[] = []
  for (const { pattern, when } of PATTERNS) {
    if (when && !when.test(text)) continue
    for (const match of matchesOf(pattern, text)) {
      const before = text.slice(Math.max(0, match.index - 24), match.index)
      const flat = FLAT_BEFORE.exec(before) ?? houseNameBefore(before)
      const start = match.index - (flat ? flat[0].length : 0)
      found.push({
        start,
        end: withFollowingLines(text, match.index + match[0].length),
        type: 'ADDRESS',
        rank: RANK.pattern,
      })
    }
  }
  for (const match of matchesOf(UNNUMBERED, text)) {
    if (THE_BEFORE.test(text.slice(Math.max(0, match.index - 5), match.index))) continue
    found.push({ start: match.index, end: match.index + match[0].length, type: 'ADDRESS', rank: RANK.pattern })
  }
  return found
}

function withFollowingLines(text: string, end: number): number {
  for (let lines = 0; lines < MAX_LINES; lines++) {
    const next = NEXT_LINE.exec(text.slice(end, end + 80))
    if (!next || !LINE_ENDS.test(text.slice(end + next[0].length, end + next[0].length + 12))) break
    end += next[0].length
  }
  return end
}
