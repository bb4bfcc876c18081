import { merge } from './merge'
import { ukDate, ukDateTime } from './ukDate'

describe('view filters', () => {
  it('merge adds properties without changing the original', () => {
    const item = { value: 'y', text: 'Yes' }
    expect(merge(item, { checked: true })).toEqual({ value: 'y', text: 'Yes', checked: true })
    expect(item).toEqual({ value: 'y', text: 'Yes' })
  })

  it('writes dates the GOV.UK way, in UK time', () => {
    expect(ukDate('2026-03-07')).toBe('7 March 2026')
    // 23:30 UTC on 31 May is 00:30 on 1 June in British Summer Time.
    expect(ukDate(new Date('2026-05-31T23:30:00Z'))).toBe('1 June 2026')
    expect(ukDateTime(new Date('2026-11-25T14:05:00Z'))).toBe('25 November 2026 at 2:05pm')
    expect(ukDate(undefined)).toBe('')
  })
})
