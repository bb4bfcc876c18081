import type { Token } from '../names/tokens'
import { readDates, type WrittenDate } from '../patterns/dates'
import { type Candidate, type IdentifierType, type KnownIdentifiers, RANK } from '../types'
import { charactersPattern, findWhole, wordsPattern } from './flexiblePatterns'
import { findKnownNames } from './knownNames'

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/
const POSTCODE_SHAPE = /^[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}$/i
const BETWEEN_ADDRESS_PARTS = /^[\s,]*$/
const FEW_STAFF = 30

/**
 * Layer one: what the record itself says about the people in it, found however it is written. These
 * spans outrank every pattern and guess.
 */
export function findKnownIdentifiers(
  text: string,
  tokens: readonly Token[],
  known: KnownIdentifiers,
  dates: readonly WrittenDate[],
): Candidate[] {
  // The patient and the recorder are close to the record, and so are staff when there are few.
  const staff = known.staffNames ?? []
  const people = [
    {
      names: [...(known.patientNames ?? []), ...(known.reporterName ? [known.reporterName] : [])],
      close: true,
    },
    { names: staff, close: staff.length <= FEW_STAFF },
  ]
  return [
    ...findKnownNames(text, tokens, people),
    ...findDateOfBirth(dates, known.patientDateOfBirth),
    ...findAll(text, (known.nhsNumbers ?? []).map(charactersPattern), 'NHS_NUMBER'),
    ...findAll(text, (known.hospitalNumbers ?? []).map(charactersPattern), 'HOSPITAL_NUMBER'),
    ...findAll(text, (known.postcodes ?? []).map(postcodePattern), 'POSTCODE'),
    ...findAll(text, (known.phoneNumbers ?? []).map(phonePattern).filter(Boolean) as string[], 'PHONE'),
    ...findAddresses(text, known.addresses ?? []),
    ...findMarkedWords(text, known.markedWords ?? []),
  ]
}

function findAll(text: string, sources: string[], type: IdentifierType, rank: number = RANK.known): Candidate[] {
  return findWhole(text, sources).map(({ start, end }) => ({ start, end, type, rank }))
}

/** The patient's date of birth in any of the ways a date is written ("3/4/41", "3rd April 1941"). */
function findDateOfBirth(dates: readonly WrittenDate[], given: string | undefined): Candidate[] {
  const birth = given ? readBirthDate(given.trim()) : undefined
  if (birth?.day === undefined || birth.year === undefined) return []
  const { day, month, year } = birth
  return dates
    .filter(date => date.day === day && date.month === month && (date.year === year || date.year === year % 100))
    .map(({ start, end }) => ({ start, end, type: 'DATE_OF_BIRTH', rank: RANK.known }))
}

// ISO, as the record should hold it; failing that, however a local system wrote it.
function readBirthDate(given: string): Omit<WrittenDate, 'start' | 'end'> | undefined {
  const iso = ISO_DATE.exec(given)
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) }
  return readDates(given)[0]
}

function postcodePattern(postcode: string): string {
  const compact = postcode.replace(/\s/g, '')
  if (!POSTCODE_SHAPE.test(compact)) return charactersPattern(postcode)
  return `${charactersPattern(compact.slice(0, -3))}\\s{0,2}${charactersPattern(compact.slice(-3))}`
}

/** A UK number as dialled at home or from abroad: "0117 496 0123", "+44 (0)117 4960123". */
function phonePattern(phone: string): string | undefined {
  const digits = phone.replace(/\D/g, '')
  const national = `0${digits.replace(/^(?:00)?44/, '').replace(/^0+/, '')}`
  if (national.length < 9) return undefined
  const rest = Array.from(national.slice(1)).join(String.raw`[\s().–-]{0,3}`)
  return String.raw`(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|\(?0)${rest}`
}

/**
 * The address's lines: each line with more than one word or with a number, and a one-word line (a
 * town) where it follows another. Its postcode is found as a postcode.
 */
function findAddresses(text: string, addresses: readonly string[]): Candidate[] {
  const lines = addresses.flatMap(address => address.split(/[,\n]+/).map(line => line.trim()))
  const words = (line: string) => line.split(/\s+/).filter(word => word !== '')
  const usable = lines.filter(line => line !== '' && !POSTCODE_SHAPE.test(line))
  const full = usable.filter(line => words(line).length > 1 || /\d/.test(line))
  // "12 Acacia Avenue" is also written "Acacia Avenue".
  const streets = full.map(line => words(line)).filter(parts => /^\d/.test(parts[0]!) && parts.length > 2)
  const found = findAll(
    text,
    [...full.map(line => wordsPattern(words(line))), ...streets.map(parts => wordsPattern(parts.slice(1)))],
    'ADDRESS',
  )
  const towns = findAll(
    text,
    usable.filter(line => words(line).length === 1).map(line => wordsPattern([line])),
    'ADDRESS',
  )
  const besideAddress = (town: Candidate) =>
    found.some(line =>
      BETWEEN_ADDRESS_PARTS.test(text.slice(Math.min(line.end, town.end), Math.max(line.start, town.start))),
    )
  return [...found, ...towns.filter(besideAddress)]
}

/** Words the author asked to have removed: every occurrence, as a whole word, in any case. */
function findMarkedWords(text: string, marked: readonly string[]): Candidate[] {
  const sources = marked.map(words => words.trim().split(/\s+/)).filter(words => words[0] !== '')
  return findAll(text, sources.map(wordsPattern), 'MARKED', RANK.marked)
}
