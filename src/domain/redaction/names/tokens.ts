/** A word of the narrative and what its shape says. */
export type Token = {
  start: number
  end: number
  /** The word in lower case, with curly apostrophes made straight. */
  lower: string
  shape: 'lower' | 'capitalised' | 'upper' | 'initial'
  /** What lies between the previous word and this one. */
  gapBefore: string
}

// Letters of the Latin, Greek and Cyrillic scripts (with accents), with apostrophes and hyphens inside
// ("O'Brien", "Smith-Jones"). Listing the ranges keeps this pattern several times faster than \p{L}.
const LETTER = String.raw`(?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF]|[\u0300-\u036F])`
const WORD = new RegExp(String.raw`${LETTER}+(?:['’-]${LETTER}+)*`, 'g')

/** Splits the text into words once; everything about names works on these. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  let previousEnd = 0
  WORD.lastIndex = 0
  for (let match = WORD.exec(text); match; match = WORD.exec(text)) {
    let word = match[0]
    // A possessive 's is not part of the name: "Joan's" is Joan.
    const last = word[word.length - 1]
    if (
      (last === 's' || last === 'S') &&
      word.length > 3 &&
      (word[word.length - 2] === "'" || word[word.length - 2] === '’')
    ) {
      word = word.slice(0, -2)
    }
    const start = match.index
    const gapBefore = text.slice(previousEnd, start)
    const lower = word.toLowerCase()
    tokens.push({
      start,
      end: start + word.length,
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      shape: shapeOf(word, lower),
      gapBefore,
    })
    previousEnd = match.index + match[0].length
  }
  return tokens
}

function shapeOf(word: string, lower: string): Token['shape'] {
  if (word[0] === lower[0]) return 'lower'
  if (word.length === 1) return 'initial'
  // Most capitalised words show it by their second letter, without making an upper-case copy.
  if (word[1] === lower[1] && word[1] !== word[1]!.toUpperCase()) return 'capitalised'
  return word === word.toUpperCase() ? 'upper' : 'capitalised'
}

const SENTENCE_END = /[.!?:;•*]\s*["'“‘([]*\s*$|\n/
const ABBREVIATED = new Set('mr mrs ms mx dr prof st sr rev revd no vs etc approx'.split(' '))

/** Whether a word begins a sentence, where any word has a capital; "Dr." and an initial's full stop end none. */
export function startsSentence(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1]
  const gap = tokens[index]!.gapBefore
  if (!previous) return true
  if (gap === ' ' || !SENTENCE_END.test(gap)) return false
  if (gap.includes('\n') || !gap.startsWith('.')) return true
  return !(previous.shape === 'initial' || ABBREVIATED.has(previous.lower))
}
