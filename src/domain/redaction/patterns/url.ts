import { type Candidate, RANK } from '../types'
import { matchesOf } from './matching'

const WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]{1,2000}/gi
// A bare domain ends in a suffix people commonly write: "facebook.com", "bbc.co.uk".
const BARE_DOMAIN =
  /(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,5}(?:co\.uk|org\.uk|nhs\.uk|gov\.uk|ac\.uk|com|org|net|uk|io|info|biz|app|dev|ie|eu|me|tv)(?![\w-]|\.[a-z])(?:\/[^\s<>"'()[\]{}]{0,2000})?/gi
// Looking for a domain's ending first is much quicker than trying every word as the start of one.
const DOMAIN_ENDING = /\.(?:co\.uk|org\.uk|nhs\.uk|gov\.uk|ac\.uk|com|org|net|uk|io|info|biz|app|dev|ie|eu|me|tv)\b/i
// The NHS's and government's own domains, named without a path, point to no one: "the nhs.net account".
const SHARED_DOMAINS = new Set(['nhs.net', 'nhs.uk', 'gov.uk', 'nhs.scot', 'nhs.wales', 'hscni.net', 'wales.nhs.uk'])
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/

/** Web addresses with or without a scheme, and bare domains. */
export function findUrls(text: string): Candidate[] {
  const found: Candidate[] = []
  const patterns = DOMAIN_ENDING.test(text) ? [WITH_SCHEME, BARE_DOMAIN] : [WITH_SCHEME]
  for (const pattern of patterns) {
    for (const match of matchesOf(pattern, text)) {
      const address = match[0].replace(TRAILING_PUNCTUATION, '')
      if (SHARED_DOMAINS.has(address.toLowerCase())) continue
      found.push({ start: match.index, end: match.index + address.length, type: 'URL', rank: RANK.pattern })
    }
  }
  return found
}
