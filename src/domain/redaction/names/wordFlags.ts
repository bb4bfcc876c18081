import { MONTH_NAMES } from './clinicalTerms'
import { ALWAYS_EPONYMS, EPONYM_NOUNS, EPONYMS } from './eponyms'
import { PLACE_NAMES } from './geography'
import { PLACE_WORDS, SAINT_WORDS } from './places'
import { CONJUNCTIONS, NAME_PARTICLES, NAME_PHRASES, PERSON_VERBS, RELATIONS, ROLES, TITLES } from './triggers'

/** What a word may signal to the name finder; a word can signal several things. */
export const WORD = {
  title: 1 << 0,
  /** A title after which even an ordinary word is a surname ("Mr Fell"), unlike "Sister" or "Nurse". */
  formalTitle: 1 << 1,
  role: 1 << 2,
  /** The first word of a phrase that introduces a name ("seen by", "spoke to"). */
  phraseStart: 1 << 3,
  placeWord: 1 << 4,
  /** A place word that ends a place's name even in lower case ("Jasmine corridor"). */
  lowerCasePlaceWord: 1 << 5,
  saint: 1 << 6,
  month: 1 << 7,
  placeName: 1 << 8,
  conjunction: 1 << 9,
  particle: 1 << 10,
  eponym: 1 << 11,
  alwaysEponym: 1 << 12,
  eponymNoun: 1 << 13,
  personVerb: 1 << 14,
  /** A family member or someone close: a name after one may be in lower case ("my husband bob"). */
  relation: 1 << 15,
  /** The last word of "called", "named", "known as": a name after one may be in lower case. */
  naming: 1 << 16,
} as const

const FLAGS = new Map<string, number>()
const mark = (words: Iterable<string>, flag: number) => {
  for (const word of words) FLAGS.set(word, (FLAGS.get(word) ?? 0) | flag)
}
mark(TITLES, WORD.title)
mark('mr mrs ms miss mx dr prof professor rev revd reverend'.split(' '), WORD.formalTitle)
mark(ROLES, WORD.role)
mark(
  NAME_PHRASES.map(phrase => phrase.split(' ')[0]!),
  WORD.phraseStart,
)
mark(PLACE_WORDS, WORD.placeWord)
mark('ward wards unit corridor corridors wing suite theatre theatres'.split(' '), WORD.lowerCasePlaceWord)
mark(SAINT_WORDS, WORD.saint)
mark(MONTH_NAMES, WORD.month)
mark(PLACE_NAMES, WORD.placeName)
mark(CONJUNCTIONS, WORD.conjunction)
mark(NAME_PARTICLES, WORD.particle)
mark(EPONYMS, WORD.eponym)
mark(ALWAYS_EPONYMS, WORD.alwaysEponym)
mark(EPONYM_NOUNS, WORD.eponymNoun)
mark(PERSON_VERBS, WORD.personVerb)
mark(RELATIONS, WORD.relation)
mark(['called', 'named', 'as'], WORD.naming)

/**
 * Everything a lower-case word signals, in one look-up: the name finder asks about each word many
 * times over, so it asks the word lists only once.
 */
export function flagsOf(word: string): number {
  return FLAGS.get(word) ?? 0
}
