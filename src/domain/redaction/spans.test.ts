import { resolveSpans } from './spans'
import { type Candidate, RANK } from './types'

const text = 'Mrs Joan Hughes, 12 Mill Lane BS1 4DJ'
const span = (start: number, end: number, type: Candidate['type'], rank: number): Candidate => ({
  start,
  end,
  type,
  rank,
})

describe('resolving spans', () => {
  it('merges spans of one type that overlap or have only spaces between them', () => {
    expect(
      resolveSpans(text, [
        span(4, 8, 'PERSON', RANK.name),
        span(9, 15, 'PERSON', RANK.known),
        span(6, 12, 'PERSON', 3),
      ]),
    ).toEqual([{ start: 4, end: 15, type: 'PERSON' }])
  })

  it('gives overlapping characters to the better-ranked type and trims what the other keeps', () => {
    const address = span(17, 37, 'ADDRESS', RANK.pattern)
    const postcode = span(30, 37, 'POSTCODE', RANK.known)
    expect(resolveSpans(text, [address, postcode])).toEqual([
      { start: 17, end: 29, type: 'ADDRESS' },
      { start: 30, end: 37, type: 'POSTCODE' },
    ])
  })

  it('lets a known identifier win over a name found from the words around it', () => {
    expect(resolveSpans(text, [span(4, 15, 'PERSON', RANK.name), span(9, 15, 'HOSPITAL_NUMBER', RANK.known)])).toEqual([
      { start: 4, end: 8, type: 'PERSON' },
      { start: 9, end: 15, type: 'HOSPITAL_NUMBER' },
    ])
  })

  it('returns nothing for nothing', () => {
    expect(resolveSpans(text, [])).toEqual([])
  })
})
