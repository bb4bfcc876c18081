import { type Candidate, RANK } from '../types'
import { matchesOf } from './matching'

const WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"'()[\]{}]{1,2000}/gi
// A bare domain is found from its ending ("facebook.com", "bbc.co.uk"), then read back to its start:
// much quicker than trying every word as the start of one.
const DOMAIN_ENDING =
  /\.(?:co\.uk|org\.uk|nhs\.uk|gov\.uk|ac\.uk|com|org|net|uk|io|info|biz|app|dev|ie|eu|me|tv)(?![\w-]|\.[a-z])/gi
const DOMAIN_CHARACTER = /[A-Za-z0-9.-]/
const BEFORE_DOMAIN = /[\w@]/
const PATH = /\/[^\s<>"'()[\]{}]{0,2000}/y
// The NHS's and government's own domains, named without a path, point to no one: "the nhs.net account".
const SHARED_DOMAINS = new Set(['nhs.net', 'nhs.uk', 'gov.uk', 'nhs.scot', 'nhs.wales', 'hscni.net', 'wales.nhs.uk'])
const TRAILING_PUNCTUATION = /[.,;:!?'"]+$/

/** Web addresses with or without a scheme, and bare domains. */
export function findUrls(text: string): Candidate[] {
  const found: Candidate[] = []
  const add = (start: number, written: string) => {
    const address = written.replace(TRAILING_PUNCTUATION, '')
    if (!SHARED_DOMAINS.has(address.toLowerCase())) {
      found.push({ start, end: start + address.length, type: 'URL', rank: RANK.pattern })
    }
  }
  for (const match of matchesOf(WITH_SCHEME, text)) add(match.index, match[0])
  for (const ending of matchesOf(DOMAIN_ENDING, text)) {
    let start = ending.index
    while (start > 0 && DOMAIN_CHARACTER.test(text[start - 1]!)) start--
    while (text[start] === '.' || text[start] === '-') start++
    // Nothing before the ending, or the domain of an email address.
    if (start >= ending.index || BEFORE_DOMAIN.test(text[start - 1] ?? '')) continue
    PATH.lastIndex = ending.index + ending[0].length
    const path = PATH.exec(text)
    add(start, text.slice(start, PATH.lastIndex > 0 && path ? PATH.lastIndex : ending.index + ending[0].length))
  }
  return found
}
