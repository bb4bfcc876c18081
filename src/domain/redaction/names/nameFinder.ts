import { NAME_FAMILIES } from '../known/nicknames'
import { type Candidate, RANK } from '../types'
import { FIRST_NAMES } from './dictionaries'
import { isLikelyName, kindOf, type WordKind } from './lexicon'
import type { Token } from './tokens'
import { NAME_PHRASES } from './triggers'
import { flagsOf, WORD } from './wordFlags'

type Casing = 'mixed' | 'capitals' | 'lower'

// Phrases by their first word, so each word is compared with the few phrases it could begin.
const PHRASES = new Map<string, string[][]>()
for (const phrase of NAME_PHRASES) {
  const parts = phrase.split(' ')
  PHRASES.set(parts[0]!, [...(PHRASES.get(parts[0]!) ?? []), parts])
}
const BETWEEN_NAMES = /^[ \t]{1,2}$/
const AFTER_INITIAL = /^\.?[ \t]{0,2}$/
const AFTER_TITLE = /^\.?[ \t]{1,2}$|^\.$/
const AFTER_ROLE = /^[ \t]{1,2}$|^[ \t]*[:,(-][ \t]*$/
const BEFORE_PLACE_WORD = /^['’]?s?['’]?[ \t]{1,2}$/
const AMPERSAND = /^[ \t]*&[ \t]*$/
const COMMA = /^,[ \t]{1,2}$/
// A nickname in quotes between names: "Harold 'Harry' Benson".
const QUOTED = /^[ \t]?['"‘’“”][ \t]?$/
const LABEL_GAP = /^[ \t]*:[ \t]*$/
const BEFORE_ROLE_IN_BRACKETS = /^[ \t]*\($/
// What an eponym names may come a word later: "Berg balance score", "Bristol stool chart".
const EPONYM_REACH = 2
// "NaCl", "SpO2", "WhatsApp", "RNs": capitals inside a word make an abbreviation or a brand, but not "McDonald".
const INNER_CAPITALS = /^\p{Lu}.*\p{Lu}/u
const NAME_WITH_INNER_CAPITAL =
  /^(?:Mc|Mac|O['’]|D['’]|De|Di|Da|La|Le|Van|Von|Fitz|St)\p{Lu}[\p{Ll}'’-]+$|^\p{Lu}[\p{Ll}'’]+-\p{Lu}[\p{Ll}'’]+$/u
const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u
const MAX_NAME_WORDS = 4

/**
 * People's names, found from the words around them: titles and roles before them ("Mrs", "daughter",
 * "seen by"), first names and surnames that are not English words, and words beside a name that are
 * names too. Medicines, eponyms, clinical terms and the names of places are left alone.
 */
export function findNames(text: string, tokens: readonly Token[]): Candidate[] {
  if (tokens.length === 0) return []
  const finder = new NameFinder(text, tokens)
  finder.markPlaces()
  finder.markSeeds()
  finder.markAfterTitles()
  finder.markAfterRoles()
  finder.markBeforeRolesInBrackets()
  finder.extendToNeighbours()
  return finder.spans()
}

/** One text's words and what has been decided about each, in arrays kept beside the tokens. */
class NameFinder {
  private readonly casing: Casing
  private readonly flags: Int32Array
  private readonly kinds: (WordKind | undefined)[]
  private readonly eponyms: (boolean | undefined)[]
  private readonly place: Uint8Array
  private readonly name: Uint8Array

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
  ) {
    this.casing = casingOf(tokens)
    this.flags = new Int32Array(tokens.length)
    for (let index = 0; index < tokens.length; index++) this.flags[index] = flagsOf(tokens[index]!.lower)
    this.kinds = new Array<WordKind | undefined>(tokens.length)
    this.eponyms = new Array<boolean | undefined>(tokens.length)
    this.place = new Uint8Array(tokens.length)
    this.name = new Uint8Array(tokens.length)
  }

  private is(index: number, flag: number): boolean {
    return ((this.flags[index] ?? 0) & flag) !== 0
  }

  /** Looked up only for the words a rule asks about: most words are never asked. */
  private kind(index: number): WordKind {
    return (this.kinds[index] ??= kindOf(this.tokens[index]!.lower))
  }

  /** Written with a capital, as names are. */
  private capital(index: number): boolean {
    const { shape } = this.tokens[index]!
    return shape === 'capitalised' || shape === 'upper'
  }

  /**
   * A word naming a disease, sign, score or device (worked out once per word): a known eponym ("Foley",
   * "Parkinson's") or any word followed by what eponyms name ("Thomas splint", "Berg balance score").
   */
  private eponym(index: number): boolean {
    return (this.eponyms[index] ??= this.isEponym(index))
  }

  private isEponym(index: number): boolean {
    const token = this.tokens[index]!
    if (this.is(index, WORD.alwaysEponym)) return true
    const after = this.text[token.end]
    // "Parkinson's" is the disease and "Martha's Rule" a rule, but "Joan's chart" is Joan's.
    if (after === "'" || after === '’') {
      const next = this.tokens[index + 1]
      return this.is(index, WORD.eponym) || (next?.shape === 'capitalised' && this.is(index + 1, WORD.eponymNoun))
    }
    return this.namesSomething(index, this.is(index, WORD.eponym) ? EPONYM_REACH : 1)
  }

  private namesSomething(index: number, reach: number): boolean {
    for (let next = index + 1; next <= index + reach && next < this.tokens.length; next++) {
      const token = this.tokens[next]!
      if (!BETWEEN_NAMES.test(token.gapBefore)) return false
      if (this.is(next, WORD.eponymNoun)) return true
    }
    return false
  }

  /** A given name, even in lower case: "room 3 betty". */
  private givenName(index: number): boolean {
    const { lower } = this.tokens[index]!
    if (this.kind(index) !== 'name' || lower.length < 3) return false
    // "chloe-mae": a given name in a hyphenated one.
    return lower.split('-').some(part => FIRST_NAMES.has(part) || NAME_FAMILIES.has(part))
  }

  /** "Florence Ward", "St Thomas' Hospital", "St Mary's": the capitalised words of a place's name. */
  markPlaces(): void {
    this.tokens.forEach((token, index) => {
      if (token.shape === 'initial' || (token.shape === 'lower' && !this.is(index, WORD.lowerCasePlaceWord))) return
      if (this.is(index, WORD.placeWord)) {
        // "Ward: Alexandra"
        const next = this.tokens[index + 1]
        if (next && LABEL_GAP.test(next.gapBefore) && this.capital(index + 1)) this.place[index + 1] = 1
        for (let before = index - 1; before >= 0; before--) {
          // "the Albert and Jasmine corridors"
          if (this.is(before, WORD.conjunction) && this.place[before + 1]) continue
          if (!this.capital(before) || !BEFORE_PLACE_WORD.test(this.tokens[before + 1]!.gapBefore)) break
          if (this.is(before, WORD.title | WORD.role)) break
          this.place[before] = 1
        }
      }
      if (this.is(index, WORD.saint) && this.tokens[index + 1] && AFTER_TITLE.test(this.tokens[index + 1]!.gapBefore)) {
        if (this.capital(index + 1)) this.place[index + 1] = 1
      }
    })
  }

  /**
   * Names on their own: a first name or surname that is no English word, written with a capital (in
   * capitals only when long enough not to be an abbreviation); a given name in lower case; and a given
   * name that is also a word, followed by a verb or by a capitalised word found in no list.
   */
  markSeeds(): void {
    this.tokens.forEach((token, index) => {
      if (this.place[index] || this.is(index, WORD.month | WORD.placeName)) return
      if (token.shape === 'lower') {
        const long = token.lower.length >= 4 || this.casing === 'lower'
        if (long && this.givenName(index) && !this.eponym(index)) this.name[index] = 1
        return
      }
      if (token.shape === 'initial' || !this.looksLikeName(index) || this.eponym(index)) return
      const kind = this.kind(index)
      if (this.initialsActing(index)) this.name[index] = 1
      if (kind === 'name' && (token.shape !== 'upper' || this.casing === 'capitals' || token.lower.length >= 5)) {
        this.name[index] = 1
      }
      const next = this.tokens[index + 1]
      if (kind !== 'ambiguous' || token.shape !== 'capitalised' || !FIRST_NAMES.has(token.lower)) return
      if (!next || !BETWEEN_NAMES.test(next.gapBefore)) return
      // A given name that is also a word, doing what people do: "Grace said", "Rose fell".
      if (this.is(index + 1, WORD.personVerb)) this.name[index] = 1
      // ...or followed by a surname found in no list: "Rose Achterberg".
      const unknownAfter = next.shape === 'capitalised' && this.kind(index + 1) === 'unknown'
      if (unknownAfter && this.looksLikeName(index + 1) && !this.place[index + 1] && !this.eponym(index + 1)) {
        this.name[index] = 1
        this.name[index + 1] = 1
      }
    })
  }

  /**
   * Initials standing for a person, as notes sometimes write them: two or three capitals that are no
   * abbreviation, owning something ("JD's care plan"). Doing something is no evidence: "DWP said".
   */
  private initialsActing(index: number): boolean {
    const token = this.tokens[index]!
    if (token.shape !== 'upper' || this.casing !== 'mixed' || token.lower.length > 3) return false
    if (this.kind(index) !== 'unknown' && this.kind(index) !== 'name') return false
    return /^['’]s\b/i.test(this.text.slice(token.end, token.end + 3))
  }

  /** Spelt as a name is: not "NaCl", "WhatsApp" or "RNs". */
  private looksLikeName(index: number): boolean {
    const { start, end } = this.tokens[index]!
    const written = this.text.slice(start, end)
    if (PLURAL_ABBREVIATION.test(written)) return false
    return (
      this.tokens[index]!.shape === 'upper' || !INNER_CAPITALS.test(written) || NAME_WITH_INNER_CAPITAL.test(written)
    )
  }

  /** Could this word be part of a name, given something before it says a name follows? */
  private canFollow(index: number, formal: boolean, close = false): boolean {
    const token = this.tokens[index]!
    const kind = this.kind(index)
    if (kind === 'never' || kind === 'role' || (this.place[index] && !formal)) return false
    if (token.shape === 'initial') return token.lower !== 'i'
    if (!formal && (this.eponym(index) || !this.looksLikeName(index))) return false
    if (this.capital(index)) {
      if (kind === 'function') return isLikelyName(token.lower)
      if (kind === 'english') return formal && token.shape !== 'upper'
      // In an ordinary text, a short word in capitals is more likely an abbreviation ("NI", "RCA").
      return token.shape !== 'upper' || this.casing !== 'mixed' || (token.lower.length >= 3 && kind !== 'unknown')
    }
    if (this.givenName(index)) return true
    // After a relation or "called", a lower-case name: "the carer kieran", "my husband bob".
    if (close && (kind === 'name' || (kind === 'ambiguous' && FIRST_NAMES.has(token.lower)))) return true
    // After "Mr" or "Dr", a lower-case surname or initial: "mrs smith", "mr k".
    return formal && (kind === 'name' || kind === 'ambiguous' || kind === 'unknown')
  }

  markAfterTitles(): void {
    this.tokens.forEach((token, index) => {
      if (!this.is(index, WORD.title)) return
      // In an ordinary text "MR" is modified release and "DR" a drug round, not titles.
      if (token.shape === 'upper' && this.casing === 'mixed') return
      const formal = this.is(index, WORD.formalTitle)
      // "mr k": a lone lower-case letter after a lower-case title is an initial; "Mr JD": capitals
      // straight after a title are a person's initials, not an abbreviation.
      const initial = (next: number) => {
        const { shape, lower } = this.tokens[next]!
        if (next !== index + 1) return false
        return (token.shape === 'lower' && lower.length === 1) || (formal && shape === 'upper' && lower.length <= 3)
      }
      if (formal || this.capital(index)) {
        this.markFollowing(index + 1, AFTER_TITLE, true, next => initial(next) || this.canFollow(next, formal))
      }
    })
  }

  /** "Mark (physio assistant)": a capitalised word just before a role in brackets is a name. */
  markBeforeRolesInBrackets(): void {
    this.tokens.forEach((token, index) => {
      const previous = this.tokens[index - 1]
      if (!previous || !BEFORE_ROLE_IN_BRACKETS.test(token.gapBefore)) return
      if (!this.is(index, WORD.role | WORD.title)) return
      if (previous.shape === 'capitalised' && this.canFollow(index - 1, false)) this.name[index - 1] = 1
    })
  }

  markAfterRoles(): void {
    this.tokens.forEach((_, index) => {
      if (!this.is(index, WORD.role | WORD.title | WORD.phraseStart)) return
      const after = this.is(index, WORD.role | WORD.title) ? index + 1 : this.phraseEnd(index)
      const close = this.is(index, WORD.relation) || (after !== undefined && this.is(after - 1, WORD.naming))
      if (after !== undefined) this.markFollowing(after, AFTER_ROLE, false, next => this.canFollow(next, false, close))
    })
  }

  /** Where a name would start after one of the phrases that introduce names, if one begins at `index`. */
  private phraseEnd(index: number): number | undefined {
    for (const phrase of PHRASES.get(this.tokens[index]!.lower) ?? []) {
      const matches = phrase.every(
        (part, offset) =>
          this.tokens[index + offset]?.lower === part &&
          (offset === 0 || BETWEEN_NAMES.test(this.tokens[index + offset]!.gapBefore)),
      )
      if (matches) return index + phrase.length
    }
    return undefined
  }

  /** Marks up to four words from `start` as a name while each fits; an initial counts only before a name. */
  private markFollowing(start: number, firstGap: RegExp, loneInitial: boolean, fits: (index: number) => boolean): void {
    let end = start
    for (; end < this.tokens.length && end - start < MAX_NAME_WORDS; end++) {
      const gap = end === start ? firstGap : this.tokens[end - 1]!.shape === 'initial' ? AFTER_INITIAL : BETWEEN_NAMES
      if (!gap.test(this.tokens[end]!.gapBefore) || !fits(end)) break
    }
    while (end - start > 1 && this.tokens[end - 1]!.shape === 'initial' && this.tokens[start]!.shape !== 'initial')
      end--
    // "Mrs H" is a person; "Baby Boy A" and "Bed 3 Patient B" are labels.
    if (end - start === 1 && this.tokens[start]!.shape === 'initial' && !loneInitial) return
    for (let index = start; index < end; index++) this.name[index] = 1
  }

  /** Words beside a name that could be names are names too: "Joan Baker", "Mark Smith", "J. Smith", "van der Berg". */
  extendToNeighbours(): void {
    // Rightwards in one sweep and leftwards in another, so a long run of names costs one pass each way.
    for (let changed = true; changed;) {
      changed = false
      for (let index = 0; index < this.tokens.length; index++) {
        if (!this.name[index]) continue
        const next = this.tokens[index + 1]
        if (this.joined(index) && this.markNeighbour(index + 1)) changed = true
        else if (next && this.is(index + 1, WORD.conjunction) && this.joined(index) && this.joined(index + 1)) {
          if (this.markNeighbour(index + 2)) changed = true
        } else if (next && AMPERSAND.test(next.gapBefore) && this.markNeighbour(index + 1)) changed = true
      }
      for (let index = this.tokens.length - 1; index > 0; index--) {
        if (this.name[index] && this.joined(index - 1) && this.markNeighbour(index - 1)) changed = true
        const previous = this.tokens[index - 1]
        if (this.name[index] && previous && this.is(index - 1, WORD.conjunction) && this.joined(index - 2)) {
          if (this.joined(index - 1) && this.markNeighbour(index - 2)) changed = true
        } else if (this.name[index] && AMPERSAND.test(this.tokens[index]!.gapBefore) && this.markNeighbour(index - 1)) {
          changed = true
        }
        if (this.name[index] && this.surnameFirst(index - 1, index) && this.markNeighbour(index - 1)) changed = true
        if (this.name[index - 1] && this.surnameFirst(index - 1, index) && this.markNeighbour(index)) changed = true
      }
    }
  }

  /** "HUGHES, Joan" or "Clarke, Jordan", as lists and systems write names. */
  private surnameFirst(surname: number, given: number): boolean {
    const before = this.tokens[surname]
    const after = this.tokens[given]
    if (!before || !after || !COMMA.test(after.gapBefore) || after.shape !== 'capitalised') return false
    return before.shape === 'upper' || (this.name[surname] === 1 && FIRST_NAMES.has(after.lower))
  }

  private joined(index: number): boolean {
    const next = this.tokens[index + 1]
    if (!next) return false
    if (QUOTED.test(next.gapBefore)) return this.capital(index) && this.capital(index + 1)
    return (this.tokens[index]!.shape === 'initial' ? AFTER_INITIAL : BETWEEN_NAMES).test(next.gapBefore)
  }

  private markNeighbour(index: number): boolean {
    if (this.name[index] || !this.isNeighbourName(index)) return false
    this.name[index] = 1
    return true
  }

  private isNeighbourName(index: number): boolean {
    const token = this.tokens[index]
    if (!token) return false
    if (this.eponym(index)) return false
    // An initial belongs to the name after it ("J. Smith"); "I" only with a full stop.
    if (token.shape === 'initial') {
      return this.name[index + 1] === 1 && this.joined(index) && (token.lower !== 'i' || this.text[token.end] === '.')
    }
    if (token.shape === 'lower') {
      const next = this.tokens[index + 1]
      if (this.is(index, WORD.particle))
        return next !== undefined && this.capital(index + 1) && BETWEEN_NAMES.test(next.gapBefore)
      // A surname after a given name in lower case: "tony marsh".
      const kind = this.kind(index)
      const afterLowerName = this.name[index - 1] === 1 && this.tokens[index - 1]!.shape === 'lower'
      return (
        (afterLowerName || this.casing === 'lower') &&
        (kind === 'name' || (kind === 'ambiguous' && isLikelyName(token.lower)))
      )
    }
    if (this.canFollow(index, false)) return true
    // A surname that is also a word, after a given name that is not one: "Sarah Fell", "Priya Bishop".
    const previous = this.tokens[index - 1]
    return (
      token.shape === 'capitalised' &&
      this.kind(index) === 'english' &&
      previous !== undefined &&
      this.name[index - 1] === 1 &&
      this.kind(index - 1) === 'name' &&
      FIRST_NAMES.has(previous.lower) &&
      BETWEEN_NAMES.test(token.gapBefore)
    )
  }

  /** Runs of name words, with the spaces and initials' dots between them, as spans. */
  spans(): Candidate[] {
    const spans: Candidate[] = []
    let open: Candidate | undefined
    this.tokens.forEach((token, index) => {
      if (!this.name[index]) {
        open = undefined
      } else if (open && this.name[index - 1] && this.joined(index - 1)) {
        open.end = token.end
      } else {
        open = { start: token.start, end: token.end, type: 'PERSON', rank: RANK.name }
        spans.push(open)
      }
    })
    return spans
  }
}

function casingOf(tokens: readonly Token[]): Casing {
  if (tokens.length < 8) return 'mixed'
  let upper = 0
  let lower = 0
  for (const token of tokens) {
    if (token.shape === 'upper') upper++
    else if (token.shape === 'lower') lower++
  }
  if (upper / tokens.length > 0.6) return 'capitals'
  return lower / tokens.length > 0.97 ? 'lower' : 'mixed'
}
