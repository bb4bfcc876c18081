/**
 * Redaction: finds the identifiers in a narrative and replaces them with typed placeholders. Pure and
 * synchronous; its word lists load once, when it is first imported.
 */
export { findIdentifiers } from './findIdentifiers'
export { PLACEHOLDERS } from './placeholders'
export { redactText } from './redactText'
export { IDENTIFIER_TYPES, type IdentifierSpan, type IdentifierType, type KnownIdentifiers } from './types'

/** Changes whenever the rules change, so text redacted by older rules can be found and redacted again. */
export const REDACTOR_VERSION = 2
