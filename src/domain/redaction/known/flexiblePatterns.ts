/*
 * Regular-expression sources that match a value the record holds however it is written in the text:
 * any case, accents or none, any spacing and punctuation between its parts.
 */

const ACCENTED: Record<string, string> = {
  a: 'àáâãäåāą',
  c: 'çćč',
  e: 'èéêëēęě',
  i: 'ìíîïī',
  l: 'ł',
  n: 'ñńň',
  o: 'òóôõöøō',
  r: 'ř',
  s: 'śšş',
  u: 'ùúûüūů',
  y: 'ýÿ',
  z: 'źżž',
}
const NOT_PLAIN = /[\u0080-\uffff]/
const MARKS = /[\u0300-\u036f]/g

/** Without accents: "José" → "Jose". */
export function withoutAccents(text: string): string {
  return NOT_PLAIN.test(text) ? text.normalize('NFD').replace(MARKS, '').normalize('NFC') : text
}

function escape(character: string): string {
  return character.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
}

/** A word matched with or without its accents, apostrophes and hyphens: "O'Brien", "OBrien", "o’brien". */
function wordPattern(word: string): string {
  return Array.from(withoutAccents(word).toLowerCase(), character => {
    if (character === "'" || character === '’') return "['’]?"
    if (character === '-') return '[-‐ ]?'
    const accented = ACCENTED[character]
    return accented ? `[${character}${accented}]` : escape(character)
  }).join('')
}

/** Words in order, with any spaces, commas or line breaks between them. */
export function wordsPattern(words: string[]): string {
  return words.map(wordPattern).join(String.raw`[\s,]+`)
}

/** Letters and digits in order, with any spaces or punctuation people put between them (none needed). */
export function charactersPattern(value: string): string {
  return Array.from(value.replace(/[^A-Za-z0-9]/g, ''), escape).join(String.raw`[\s./–-]{0,2}`)
}

const compiled = new Map<string, RegExp>()
const COMPILE_AT_MOST = 500
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u

/**
 * Where any of the sources matches as a whole word or number, case-blind. Patterns are compiled once
 * and kept (a record's own identifiers are looked for in each of its texts); the word boundaries are
 * checked after a match, which keeps the search itself fast.
 */
export function findWhole(text: string, sources: readonly string[]): { start: number; end: number }[] {
  const usable = sources.filter(source => source !== '')
  if (usable.length === 0) return []
  const source = usable.join('|')
  let pattern = compiled.get(source)
  if (!pattern) {
    if (compiled.size >= COMPILE_AT_MOST) compiled.clear()
    pattern = new RegExp(source, 'gi')
    compiled.set(source, pattern)
  }
  const found: { start: number; end: number }[] = []
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index
    const end = start + match[0].length
    if (WORD_CHARACTER.test(text[start - 1] ?? '') || WORD_CHARACTER.test(text[end] ?? '')) {
      pattern.lastIndex = start + 1
    } else {
      found.push({ start, end })
    }
  }
  return found
}
