import { findIdentifiers, PLACEHOLDERS, redactText, REDACTOR_VERSION } from '.'

describe('redacting a text', () => {
  it('replaces each identifier with its placeholder, leaving titles and labels', () => {
    const text =
      'Mrs Joan Hughes (DOB 03/04/1941, NHS 943 476 5919) fell on Florence Ward at 14:30 on 3rd April 2024. ' +
      'Daughter Siobhan informed on 07700 900123. Lives at 12 Acacia Avenue, Bristol BS1 4DJ. ' +
      'A 94-year-old lady, email joan.hughes@example.com, NI QQ 12 34 56 C, MRN: K1234567.'
    expect(redactText(text).text).toBe(
      'Mrs [name] (DOB [date of birth], NHS [NHS number]) fell on Florence Ward at 14:30 on [date]. ' +
        'Daughter [name] informed on [phone number]. Lives at [address] [postcode]. ' +
        'A [age over 89]-year-old lady, email [email address], NI [National Insurance number], MRN: [hospital number].',
    )
  })

  it('returns the spans it replaced, sorted, with offsets into the original text', () => {
    const text = 'Seen by Dr Patel on 3/4/24'
    const { spans } = redactText(text)
    expect(spans).toEqual(findIdentifiers(text))
    expect(spans.map(span => text.slice(span.start, span.end))).toEqual(['Patel', '3/4/24'])
  })

  it('replaces words the author marked with [redacted]', () => {
    expect(redactText('The Kestrel Lodge staff', { markedWords: ['Kestrel Lodge'] }).text).toBe('The [redacted] staff')
  })

  it('leaves a text with no identifiers as it was', () => {
    const text = 'Patient found on the floor by the bed at 02:00. NEWS2 3. Paracetamol 1 g given.'
    expect(redactText(text)).toEqual({ text, spans: [] })
  })

  it('has a placeholder for every type and a version to store beside the text', () => {
    expect(Object.values(PLACEHOLDERS).every(placeholder => /^\[[a-zA-Z ]+[0-9]*\]$/.test(placeholder))).toBe(true)
    expect(Number.isInteger(REDACTOR_VERSION)).toBe(true)
  })
})

describe('pathological input', () => {
  // Functional checks only: each must simply finish, which a pattern that backtracks badly would not.
  const repeat = (piece: string) => piece.repeat(Math.ceil(100_000 / piece.length))

  it.each([
    ['digits', repeat('7')],
    ['spaces', repeat(' ')],
    ['capitalised words', repeat('Smith ')],
    ['capitalised unknown words', repeat('Xyzzq ')],
    ['letters with no spaces', repeat('a')],
    ['digits and spaces', repeat('1 ')],
    ['digits and slashes', repeat('1/')],
    ['at signs and dots', repeat('a.@')],
    ['dates', repeat('1/2/2024 ')],
    ['punctuation', repeat('.,;:-()')],
  ])('finishes on 100 KB of %s', (_, text) => {
    const spans = findIdentifiers(text)
    for (const span of spans) expect(span.end).toBeGreaterThan(span.start)
  })
})
