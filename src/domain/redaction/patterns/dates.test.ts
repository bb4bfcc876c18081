import { findIdentifiers } from '..'

const found = (text: string) => findIdentifiers(text).map(span => [span.type, text.slice(span.start, span.end)])

describe('dates', () => {
  it.each([
    ['03/04/2024', 'fell on 03/04/2024 at night'],
    ['3/4/24', 'seen 3/4/24'],
    ['3.4.2024', 'dated 3.4.2024'],
    ['3-4-24', 'on 3-4-24'],
    ['2024-04-03', 'exported 2024-04-03'],
    ['3rd April 2024', 'on 3rd April 2024 she'],
    ['3 Apr', 'since 3 Apr she'],
    ['April 3', 'on April 3 she'],
    ['April 3rd, 2024', 'on April 3rd, 2024 she'],
    ['3rd of April', 'on the 3rd of April'],
    ['11-Jan-1933', 'dated 11-Jan-1933'],
    ['April 2024', 'in April 2024 the ward'],
    ['04/2024', 'reviewed 04/2024'],
    ['21/11', 'Thu 21/11 list'],
    ['02/10', 'attends on 02/10 19:40'],
    ['9th–10th October', 'night of 9th–10th October.'],
    ['3–9 February', 'over one week, 3–9 February.'],
    ['21st', 'rang again on the 21st and got'],
    ['3rd', 'on Monday 3rd: CTG normal'],
  ])('finds %s', (date, text) => {
    expect(found(text)).toEqual([['DATE', date]])
  })

  it('finds dates close together', () => {
    expect(found('between June 3rd and September 19th last year, then 3/5 and 5/5')).toEqual([
      ['DATE', 'June 3rd'],
      ['DATE', 'September 19th'],
      ['DATE', '3/5'],
      ['DATE', '5/5'],
    ])
  })

  it.each([
    ['03/04/1941', 'DOB 03/04/1941'],
    ['3rd April 1941', 'D.O.B. 3rd April 1941'],
    ['3/4/41', 'born 3/4/41'],
    ['1941-04-03', 'date of birth: 1941-04-03'],
    ['03041941', 'DOB 03041941'],
  ])('finds %s as a date of birth after its label', (date, text) => {
    expect(found(text)).toEqual([['DATE_OF_BIRTH', date]])
  })

  it.each([
    ['a time', 'at 14:30 and again at 1430hrs'],
    ['a year alone', 'diagnosed in 2019'],
    ['a month alone', 'in April she moved'],
    ['a weekday alone', 'on Tuesday night'],
    ['a pain score', 'pain 7/10 on movement'],
    ['a GCS', 'GCS 14/15'],
    ['a duration in clinical shorthand', 'for 3/7 and review in 2/52'],
    ['a blood pressure', 'BP 120/80'],
    ['a fraction of a tablet', 'gave 1/2 tablet'],
    ['visual acuity', 'acuity R 6/9, L 6/6'],
    ['a dose schedule', 'hydrocortisone 20/10/10'],
    ['"may" the verb', 'she may 2 hourly turns'],
    ['a count of attempts', 'on the 2nd attempt'],
    ['a NEWS2 score', 'NEWS2 5 at 02:00'],
    ['an expiry date', 'lot AB12, expiry 03/2026, use by 14/05/2025'],
  ])('ignores %s', (_, text) => {
    expect(found(text)).toEqual([])
  })
})
