/** The kinds of identifier the redactor finds; each has its own placeholder. */
export const IDENTIFIER_TYPES = [
  'PERSON',
  'NHS_NUMBER',
  'DATE_OF_BIRTH',
  'DATE',
  'POSTCODE',
  'PHONE',
  'EMAIL',
  'ADDRESS',
  'HOSPITAL_NUMBER',
  'NI_NUMBER',
  'AGE_OVER_89',
  'URL',
  'OTHER_ID',
  // Words the author asked to have removed from their own text.
  'MARKED',
] as const

export type IdentifierType = (typeof IDENTIFIER_TYPES)[number]

/** A stretch of the input that identifies someone: JavaScript string offsets, end exclusive. */
export type IdentifierSpan = { start: number; end: number; type: IdentifierType }

/**
 * What the record itself says about the people in it, matched however it is written in the text.
 * Dates of birth are ISO dates (1941-04-03).
 */
export type KnownIdentifiers = {
  patientNames?: readonly string[]
  patientDateOfBirth?: string
  nhsNumbers?: readonly string[]
  hospitalNumbers?: readonly string[]
  postcodes?: readonly string[]
  addresses?: readonly string[]
  phoneNumbers?: readonly string[]
  reporterName?: string
  staffNames?: readonly string[]
  markedWords?: readonly string[]
}

/**
 * A span one rule proposes. Where proposals of different types overlap, the lower rank wins: what the
 * record says outranks a checked pattern, which outranks a guess from the words around it.
 */
export type Candidate = IdentifierSpan & { rank: number }

export const RANK = {
  known: 0,
  labelled: 1,
  pattern: 2,
  name: 3,
  marked: 4,
} as const
