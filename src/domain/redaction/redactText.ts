import { findIdentifiers } from './findIdentifiers'
import { PLACEHOLDERS } from './placeholders'
import type { IdentifierSpan, KnownIdentifiers } from './types'

/** The text with each identifier replaced by its placeholder ("Mrs [name] fell"), and the spans replaced. */
export function redactText(text: string, known: KnownIdentifiers = {}): { text: string; spans: IdentifierSpan[] } {
  const spans = findIdentifiers(text, known)
  let redacted = ''
  let cursor = 0
  for (const span of spans) {
    redacted += text.slice(cursor, span.start) + PLACEHOLDERS[span.type]
    cursor = span.end
  }
  return { text: redacted + text.slice(cursor), spans }
}
