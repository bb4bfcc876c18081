import { randomInt } from 'node:crypto'

/**
 * Characters that cannot be mistaken for each other on screen or when read aloud over the phone:
 * no 0/O, 1/I/L, 2/Z, 5/S, 8/B, and none of the letters that rhyme with "ee" (B, C, D, E, G, P, T, V).
 */
export const REFERENCE_ALPHABET = '34679FHJKMNRWXY'

/** A short reference in three groups of three, like "K7M-4XR-9HF", read aloud like a phone number. */
export function newReferenceNumber(): string {
  const characters = Array.from({ length: 9 }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)])
  return [characters.slice(0, 3), characters.slice(3, 6), characters.slice(6)].map(group => group.join('')).join('-')
}

/** A reference as someone typed it (any case, spaces or none) in its printed form, if it could be one. */
export function normaliseReference(typed: string): string | undefined {
  const compact = typed.toUpperCase().replace(/[\s-]/g, '')
  if (!new RegExp(`^[${REFERENCE_ALPHABET}]{9}$`).test(compact)) return undefined
  return `${compact.slice(0, 3)}-${compact.slice(3, 6)}-${compact.slice(6)}`
}
