import { newReferenceNumber, normaliseReference, REFERENCE_ALPHABET } from './referenceNumber'

describe('reference numbers', () => {
  it('are three groups of three characters that cannot be confused', () => {
    for (let i = 0; i < 200; i++) {
      expect(newReferenceNumber()).toMatch(
        new RegExp(`^[${REFERENCE_ALPHABET}]{3}-[${REFERENCE_ALPHABET}]{3}-[${REFERENCE_ALPHABET}]{3}$`),
      )
    }
    expect(REFERENCE_ALPHABET).not.toMatch(/[0O1IL2Z5S8BCDEGPTV]/)
  })

  it('are different each time', () => {
    const references = new Set(Array.from({ length: 1000 }, newReferenceNumber))
    expect(references.size).toBe(1000)
  })

  it('are recognised however they are typed', () => {
    expect(normaliseReference(' w6k 4k4 w9m ')).toBe('W6K-4K4-W9M')
    expect(normaliseReference('W6K4K4W9M')).toBe('W6K-4K4-W9M')
    expect(normaliseReference('pressure ulcer')).toBeUndefined()
    expect(normaliseReference('W6K-4K4-W9')).toBeUndefined()
  })
})
