import { type Candidate, RANK } from '../types'

const LOCAL_PART = /[\w.%+'’-]/
const MAX_LOCAL_PART = 64
const DOMAIN = /[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8}/y

/** Email addresses, found from their @ outwards rather than by trying every word as the start of one. */
export function findEmails(text: string): Candidate[] {
  const found: Candidate[] = []
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && at - start < MAX_LOCAL_PART && LOCAL_PART.test(text[start - 1]!)) start--
    DOMAIN.lastIndex = at + 1
    const domain = DOMAIN.exec(text)
    if (start < at && domain) found.push({ start, end: at + 1 + domain[0].length, type: 'EMAIL', rank: RANK.pattern })
  }
  return found
}
