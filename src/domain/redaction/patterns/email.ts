import { type Candidate, RANK } from '../types'

// Letters, digits and . _ % + ' - (or a curly apostrophe): what the part of an address before its @ is made of.
const LOCAL_PART = new Uint8Array(128)
for (const character of "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._%+'-") {
  LOCAL_PART[character.charCodeAt(0)] = 1
}
const isLocalPart = (code: number) => LOCAL_PART[code] === 1 || code === 0x2019
const MAX_LOCAL_PART = 64
const DOMAIN = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/y

/** Email addresses, found from their @ outwards rather than by trying every word as the start of one. */
export function findEmails(text: string): Candidate[] {
  const found: Candidate[] = []
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && at - start < MAX_LOCAL_PART && isLocalPart(text.charCodeAt(start - 1))) start--
    DOMAIN.lastIndex = at + 1
    const domain = DOMAIN.exec(text)
    if (start < at && domain) found.push({ start, end: at + 1 + domain[0].length, type: 'EMAIL', rank: RANK.pattern })
  }
  return found
}
