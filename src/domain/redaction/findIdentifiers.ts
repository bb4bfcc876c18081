import { findKnownIdentifiers } from './known/knownIdentifiers'
import { findNames } from './names/nameFinder'
import { tokenize } from './names/tokens'
import { findAddresses } from './patterns/address'
import { findAgesOver89 } from './patterns/age'
import { findDates, readDates } from './patterns/dates'
import { findEmails } from './patterns/email'
import { findHospitalNumbers } from './patterns/hospitalNumber'
import { findNhsNumbers } from './patterns/nhsNumber'
import { findNiNumbers } from './patterns/niNumber'
import { findOtherIds } from './patterns/otherIds'
import { findPhoneNumbers } from './patterns/phone'
import { findPostcodes } from './patterns/postcode'
import { findUrls } from './patterns/url'
import { resolveSpans } from './spans'
import type { IdentifierSpan, KnownIdentifiers } from './types'

/**
 * The identifiers in a text, sorted and not overlapping: first what the record itself says (known
 * names, date of birth, numbers, address), then checked patterns (NHS numbers, postcodes, phone
 * numbers, dates...), then names found from the words around them. Where spans of different types
 * overlap, the earlier layer wins.
 */
export function findIdentifiers(text: string, known: KnownIdentifiers = {}): IdentifierSpan[] {
  const dates = readDates(text)
  const tokens = tokenize(text)
  const knownSpans = findKnownIdentifiers(text, tokens, known, dates)
  const names = findNames(text, tokens)
  const people = [...knownSpans, ...names].filter(span => span.type === 'PERSON')
  return resolveSpans(text, [
    ...knownSpans,
    ...findNhsNumbers(text),
    ...findEmails(text),
    ...findUrls(text),
    ...findNiNumbers(text),
    ...findHospitalNumbers(text),
    ...findOtherIds(text),
    ...findPhoneNumbers(text),
    ...findDates(text, dates),
    ...findAgesOver89(text, people),
    ...findPostcodes(text),
    ...findAddresses(text),
    ...names,
  ])
}
