import { CLINICAL_TERMS, MONTH_NAMES } from '../names/clinicalTerms'
import { FIRST_NAMES, isEnglishWord } from '../names/dictionaries'
import { startsSentence, type Token } from '../names/tokens'
import { PERSON_VERBS, ROLES, TITLES } from '../names/triggers'
import { type Candidate, RANK } from '../types'
import { withoutAccents } from './flexiblePatterns'
import { NAME_FAMILIES } from './nicknames'

/**
 * How a form of a known name may be recognised:
 *  - name: wherever it is written ("Hughes", "hughes")
 *  - given: a given name that is also a word ("Will", "Hope"): written with a capital, not starting a sentence
 *  - word: any other part that is also a word ("Long", "Ward"): only beside another part of a name, or after a title
 */
type Form = 'name' | 'given' | 'word'

type People = {
  forms: Map<string, Form>
  /** Initials written together in capitals ("JH"), for the people whose initials are used that way. */
  initials: Set<string>
  /** Initials with full stops ("J.H.") for everyone. */
  dottedInitials: Set<string>
  /** First letters of given names, for "J. Hughes". */
  givenInitials: Set<string>
  /** Forms of the names of the few people closest to the record. */
  closeForms: Set<string>
}

/**
 * Who the record names. For the few people closest to it (the patient, the recorder, a handful of
 * staff) initials are matched undotted and a given name that is also a word may start a sentence
 * ("Ivy is 99"); across an organisation's whole staff "AB" and "Mark the chart" would be wrong too often.
 */
type KnownPeople = { names: readonly string[]; close: boolean }[]

const SEPARATORS = /[\s,.]+/
const BETWEEN_PARTS = /^[\s,]*$/
const AFTER_INITIAL = /^\.?[ \t]{0,2}$/
const AFTER_TITLE = /^\.?[ \t]{1,2}$/
const BETWEEN_DOTTED_INITIALS = /^\.[ \t]?$/
const VERBS = new Set(['will', 'may', 'can', 'must', 'mark'])
// A record's people are looked for in each of its texts: what is worked out about them is kept.
const remembered = new Map<string, People>()
const REMEMBER_AT_MOST = 100

const keyOf = (word: string) => withoutAccents(word.toLowerCase()).replace(/['’]/g, '')

function formOf(key: string, given: boolean): Form {
  if (key.length > 2 && !isEnglishWord(key) && !MONTH_NAMES.has(key)) return 'name'
  return given && FIRST_NAMES.has(key) ? 'given' : 'word'
}

function peopleOf(people: KnownPeople): People {
  const key = JSON.stringify(people)
  const known = remembered.get(key)
  if (known) return known
  const found: People = {
    forms: new Map(),
    initials: new Set(),
    dottedInitials: new Set(),
    givenInitials: new Set(),
    closeForms: new Set(),
  }
  for (const { names, close } of people) {
    for (const name of names) addPerson(found, name, close)
  }
  if (remembered.size >= REMEMBER_AT_MOST) remembered.clear()
  remembered.set(key, found)
  return found
}

function addPerson(people: People, written: string, close: boolean): void {
  // "HUGHES, Joan" is Joan Hughes.
  const comma = written.indexOf(',')
  const name = comma === -1 ? written : `${written.slice(comma + 1)} ${written.slice(0, comma)}`
  const parts = name.split(SEPARATORS).filter(part => part !== '' && !TITLES.has(part.toLowerCase()))
  const words = parts.filter(part => part.length > 1)
  words.forEach((word, index) => {
    const given = index < words.length - 1 || words.length === 1
    const variants = [word, ...word.split('-')]
    if (given) variants.push(...(NAME_FAMILIES.get(word.toLowerCase()) ?? []))
    for (const variant of variants) {
      const key = keyOf(variant)
      // A part that is a name for one person stays one, whatever it is for another.
      if (key.length > 1 && people.forms.get(key) !== 'name') people.forms.set(key, formOf(key, given))
      if (close) people.closeForms.add(key)
    }
    if (given) people.givenInitials.add(word[0]!.toUpperCase())
  })
  if (parts.length > 1) {
    const letters = parts.map(part => part[0]!.toUpperCase())
    for (const initials of [letters.join(''), letters[0]! + letters[letters.length - 1]!]) {
      people.dottedInitials.add(initials)
      if (close && !CLINICAL_TERMS.has(initials.toLowerCase())) people.initials.add(initials)
    }
  }
}

/**
 * The people the record names (patient, recorder, staff), wherever they appear: in any order, case
 * or spacing, by first name or surname alone, by a common short form ("Bob" for Robert, "Liz" for
 * Elizabeth), or by their initials ("J.H.", "JH", "J. Hughes").
 */
export function findKnownNames(text: string, tokens: readonly Token[], known: KnownPeople): Candidate[] {
  const { forms, initials, dottedInitials, givenInitials, closeForms } = peopleOf(known)
  if (forms.size === 0) return []
  const matched = tokens.map(token => {
    const key = keyOf(token.lower)
    const form = forms.get(key)
    if (form) return form
    return token.lower.includes('-') && key.split('-').some(part => forms.get(part) === 'name') ? 'name' : undefined
  })
  const found: Candidate[] = []
  const add = (start: number, end: number) => found.push({ start, end, type: 'PERSON', rank: RANK.known })
  tokens.forEach((token, index) => {
    const form = matched[index]
    if (form && isNameHere(tokens, matched, index, form, closeForms.has(keyOf(token.lower)))) {
      const previous = tokens[index - 1]
      const initial =
        previous?.shape === 'initial' &&
        givenInitials.has(previous.lower.toUpperCase()) &&
        AFTER_INITIAL.test(token.gapBefore)
      add(initial ? previous.start : token.start, token.end)
    } else if (token.shape === 'upper' && initials.has(token.lower.toUpperCase())) {
      add(token.start, token.end)
    } else if (token.shape === 'initial') {
      const end = dottedInitialsEnd(text, tokens, index, dottedInitials)
      if (end) add(token.start, end)
    }
  })
  return found
}

function isNameHere(
  tokens: readonly Token[],
  matched: (Form | undefined)[],
  index: number,
  form: Form,
  close: boolean,
): boolean {
  if (form === 'name') return true
  const token = tokens[index]!
  const next = tokens[index + 1]
  const previous = tokens[index - 1]
  const beside =
    (matched[index - 1] !== undefined && BETWEEN_PARTS.test(token.gapBefore)) ||
    (matched[index + 1] !== undefined && next !== undefined && BETWEEN_PARTS.test(next.gapBefore))
  // After a title ("Mr Long"), or a role when written as a name ("Nurse Hope", but not "baby born").
  const afterTitle =
    previous !== undefined &&
    AFTER_TITLE.test(token.gapBefore) &&
    (TITLES.has(previous.lower) || (ROLES.has(previous.lower) && token.shape === 'capitalised'))
  const afterInitial = previous?.shape === 'initial' && AFTER_INITIAL.test(token.gapBefore)
  if (beside || afterTitle || afterInitial) return true
  if (form !== 'given' || token.shape !== 'capitalised' || MONTH_NAMES.has(token.lower)) return false
  if (!startsSentence(tokens, index)) return true
  // "Will" and "May" start sentences as verbs; "Ivy is 99" with the patient; "Bob rang" with anyone.
  return (close && !VERBS.has(token.lower)) || (next !== undefined && PERSON_VERBS.has(next.lower))
}

/** Where "J.H." or "J. A. H." ends, if these initials begin at `index`. */
function dottedInitialsEnd(
  text: string,
  tokens: readonly Token[],
  index: number,
  initials: Set<string>,
): number | undefined {
  let letters = tokens[index]!.lower
  for (let next = index + 1; next < tokens.length; next++) {
    const token = tokens[next]!
    if (token.shape !== 'initial' || !BETWEEN_DOTTED_INITIALS.test(token.gapBefore)) break
    letters += token.lower
    if (initials.has(letters.toUpperCase())) return text[token.end] === '.' ? token.end + 1 : token.end
  }
  return undefined
}
