import { NAME_FAMILIES } from '../known/nicknames'
import { CLINICAL_TERMS, FAITH_AND_FESTIVALS } from './clinicalTerms'
import { FIRST_NAMES, isEnglishWord, NAME_WORDS, SURNAME_RANK } from './dictionaries'
import { DRUG_NAMES } from './drugNames'
import { PLACE_WORDS } from './places'
import { FUNCTION_WORDS, ROLES, TITLES } from './triggers'

/**
 * What a word could be, in lower case:
 *  - never: a medicine, a clinical term or abbreviation, or a word that ends a place's name
 *  - role: a title, role or relation ("Dr", "HCA", "daughter"), which may come before a name
 *  - function: a small word of grammar
 *  - english: an ordinary English word that is not a likely name ("fall", "safety")
 *  - ambiguous: an English word that is also a common name ("will", "hope", "baker", "smith")
 *  - name: a first name or surname that is not an English word ("siobhan", "okafor")
 *  - unknown: none of these (often a rarer name, sometimes jargon)
 */
export type WordKind = 'never' | 'role' | 'function' | 'english' | 'ambiguous' | 'name' | 'unknown'

const COMMON_SURNAME_RANK = 1500

/** A name common enough that an English word spelt the same is worth redacting when evidence says so. */
export function isLikelyName(word: string): boolean {
  return FIRST_NAMES.has(word) || (SURNAME_RANK.get(word) ?? Infinity) < COMMON_SURNAME_RANK || NAME_FAMILIES.has(word)
}

// "I'm", "he'd", "we're", "didn't": words of grammar however they are spelt.
const CONTRACTION = /'(?:m|re|ve|d|ll|t)$|n't$/

function kindOfWhole(word: string): WordKind | undefined {
  if (CONTRACTION.test(word)) return 'function'
  if (DRUG_NAMES.has(word) || CLINICAL_TERMS.has(word) || PLACE_WORDS.has(word) || FAITH_AND_FESTIVALS.has(word)) {
    return 'never'
  }
  if (TITLES.has(word) || ROLES.has(word)) return 'role'
  if (FUNCTION_WORDS.has(word)) return 'function'
  if (isEnglishWord(word)) return isLikelyName(word) ? 'ambiguous' : 'english'
  if (NAME_WORDS.has(word) || NAME_WORDS.has(word.replace(/'/g, ''))) return 'name'
  return undefined
}

// Words recur from text to text, so each is looked up once; the memory is emptied when it grows large.
const remembered = new Map<string, WordKind>()
const REMEMBER_AT_MOST = 50_000

/** The kind of a word; a hyphenated word not known whole is judged by its parts ("Smith-Jones"). */
export function kindOf(word: string): WordKind {
  let kind = remembered.get(word)
  if (kind === undefined) {
    if (remembered.size >= REMEMBER_AT_MOST) remembered.clear()
    kind = lookUp(word)
    remembered.set(word, kind)
  }
  return kind
}

// Letters that do not come apart into a letter and an accent.
const PLAIN_LETTERS: Record<string, string> = {
  ł: 'l',
  ı: 'i',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  æ: 'ae',
  œ: 'oe',
  ß: 'ss',
}
const NOT_PLAIN = /[\u0080-\uffff]/

/** "Łukasz" → "lukasz", "Siobhán" → "siobhan": the lists spell most names without accents. */
function plain(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łıøđðþæœß]/g, letter => PLAIN_LETTERS[letter]!)
}

function lookUp(word: string): WordKind {
  const written = kindOfWord(word)
  return written === 'unknown' && NOT_PLAIN.test(word) ? kindOfWord(plain(word)) : written
}

function kindOfWord(word: string): WordKind {
  const whole = kindOfWhole(word)
  if (whole) return whole
  if (!word.includes('-')) return 'unknown'
  const parts = word.split('-').map(part => kindOfWhole(part) ?? 'unknown')
  if (parts.includes('never')) return 'never'
  if (parts.some(part => part === 'english' || part === 'function' || part === 'role')) return 'english'
  // "Smith-Jones" is a name only when each part could be one.
  if (!parts.every(part => part === 'name' || part === 'ambiguous')) return 'unknown'
  return parts.includes('name') ? 'name' : 'ambiguous'
}
