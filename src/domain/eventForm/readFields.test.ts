import { agentPages } from './agentPages'
import { whenPage } from './commonPages'
import { readFields } from './readFields'

const TODAY = '2026-11-25'
const when = whenPage('incident').fields

describe('reading a page’s answers', () => {
  it('takes a date the person knows, as a calendar date', () => {
    const result = readFields(
      when,
      { occurred: 'date', 'occurredOn-day': '7', 'occurredOn-month': '3', 'occurredOn-year': '2026', timeOfDay: '1' },
      'continue',
      TODAY,
    )
    expect(result.errors).toEqual([])
    expect(result.answers).toMatchObject({
      occurred: 'date',
      occurredOn: '2026-03-07',
      occurredMonth: undefined,
      timeOfDay: '1',
    })
  })

  it.each([
    [
      { 'occurredOn-day': '31', 'occurredOn-month': '2', 'occurredOn-year': '2026' },
      'The date it happened must be a real date',
    ],
    [
      { 'occurredOn-day': '26', 'occurredOn-month': '11', 'occurredOn-year': '2026' },
      'The date it happened must be today or in the past',
    ],
    [
      { 'occurredOn-day': '1', 'occurredOn-month': '', 'occurredOn-year': '2026' },
      'The date it happened must include a month',
    ],
    [
      { 'occurredOn-day': 'x', 'occurredOn-month': '1', 'occurredOn-year': '2026' },
      'The date it happened must be a real date',
    ],
    [
      { 'occurredOn-day': '1', 'occurredOn-month': '1', 'occurredOn-year': '26' },
      'The date it happened must be a real date',
    ],
    [{}, 'Enter the date it happened'],
  ])('explains what is wrong with a date %p', (date, message) => {
    const result = readFields(when, { occurred: 'date', timeOfDay: '1', ...date }, 'continue', TODAY)
    expect(result.errors.map(error => error.text)).toEqual([message])
  })

  it('asks for every required answer on Continue, with the first input of each to link to', () => {
    const result = readFields(when, {}, 'continue', TODAY)
    expect(result.errors).toEqual([
      { field: 'occurred', href: '#occurred', text: 'Select when it happened' },
      { field: 'timeOfDay', href: '#timeOfDay', text: 'Select what time it happened' },
    ])
  })

  it('saves what it can for later without insisting on required answers', () => {
    const result = readFields(
      when,
      { occurred: 'month', 'occurredMonth-month': '10', 'occurredMonth-year': '2026' },
      'save',
      TODAY,
    )
    expect(result.errors).toEqual([])
    expect(result.answers).toMatchObject({ occurred: 'month', occurredMonth: '2026-10', timeOfDay: undefined })
  })

  it('still refuses what cannot be stored when saving for later', () => {
    const result = readFields(
      when,
      { occurred: 'month', 'occurredMonth-month': '13', 'occurredMonth-year': '2026' },
      'save',
      TODAY,
    )
    expect(result.errors.map(error => error.text)).toEqual(['The month it happened must be a real month'])
  })

  it('clears answers revealed by an option that is no longer chosen', () => {
    const result = readFields(
      when,
      {
        occurred: 'today',
        'occurredOn-day': '1',
        'occurredOn-month': '1',
        'occurredOn-year': '2026',
        timeOfDay: 'exact',
        occurredAt: '9.05',
      },
      'continue',
      TODAY,
    )
    expect(result.answers).toMatchObject({ occurred: 'today', occurredOn: undefined, occurredAt: '09:05' })
  })

  it('keeps checkboxes in the list’s order and refuses “I don’t know” with other answers', () => {
    const [involvement] = agentPages['it-systems'][0]!.fields
    expect(readFields([involvement!], { itInvolvement: ['4', '1'] }, 'continue', TODAY).answers.itInvolvement).toEqual([
      '1',
      '4',
    ])
    expect(readFields([involvement!], { itInvolvement: ['1', '7'] }, 'continue', TODAY).errors[0]!.text).toBe(
      "Select ‘I don't know’ on its own, or choose other answers",
    )
  })

  it('refuses options that are not in the list', () => {
    const result = readFields(when, { occurred: 'yesterday', timeOfDay: '1' }, 'continue', TODAY)
    expect(result.errors.map(error => error.field)).toEqual(['occurred'])
  })

  it('keeps free text as typed, without characters the database cannot hold, up to its limit', () => {
    const [, description] = agentPages['it-systems'][0]!.fields
    const text = `Line one\r\nLine two${String.fromCharCode(0)} \uD800end  `
    expect(readFields([description!], { problemDescription: text }, 'continue', TODAY).answers.problemDescription).toBe(
      'Line one\nLine two \uFFFDend',
    )
    const tooLong = readFields([description!], { problemDescription: 'x'.repeat(10_001) }, 'continue', TODAY)
    expect(tooLong.errors[0]!.text).toBe('The description of the problem must be 10,000 characters or fewer')
  })
})
