import { allFields, inputNames, type AnswerValue, type ChoiceField, type Field } from './fields'

export type Posted = Readonly<Record<string, string | string[] | undefined>>

export interface FieldError {
  /** The field the message belongs beside. */
  field: string
  /** The input the error summary links to. */
  href: string
  text: string
}

export interface ReadResult {
  /** Every field of the page: undefined clears an answer that no longer applies or was emptied. */
  answers: Record<string, AnswerValue | undefined>
  errors: FieldError[]
}

/**
 * Reads a page's answers from what was posted. "Continue" needs every required answer; "save"
 * keeps whatever is valid and only objects to what cannot be stored (a date that does not exist).
 */
export function readFields(
  fields: readonly Field[],
  posted: Posted,
  mode: 'continue' | 'save',
  today: string,
): ReadResult {
  const answers: Record<string, AnswerValue | undefined> = {}
  const errors: FieldError[] = []
  const read = (field: Field, applies: boolean) => {
    if (!applies) {
      for (const hidden of allFields([field])) answers[hidden.name] = undefined
      return
    }
    const result = readField(field, posted, today)
    if ('error' in result) {
      errors.push({ field: field.name, href: `#${result.input}`, text: result.error })
      answers[field.name] = undefined
    } else if (result.value === undefined && field.required && mode === 'continue') {
      errors.push({ field: field.name, href: `#${inputNames(field)[0]}`, text: field.required })
      answers[field.name] = undefined
    } else {
      answers[field.name] = result.value
    }
    if (field.kind === 'radios' || field.kind === 'checkboxes') {
      const chosen = chosenValues(answers[field.name])
      for (const [option, revealed] of Object.entries(field.reveals ?? {})) {
        for (const child of revealed) read(child, chosen.includes(option))
      }
    }
  }
  for (const field of fields) {
    const condition = field.notNeededWhen
    read(field, !condition || !chosenValues(answers[condition.field]).some(value => condition.values.includes(value)))
  }
  return { answers, errors }
}

function chosenValues(value: AnswerValue | undefined): string[] {
  if (value === undefined) return []
  return Array.isArray(value) ? value : [value]
}

type FieldResult = { value: AnswerValue | undefined } | { error: string; input: string }

function readField(field: Field, posted: Posted, today: string): FieldResult {
  const noun = field.noun ?? field.label
  switch (field.kind) {
    case 'radios':
    case 'select': {
      const value = single(posted[field.name])
      if (!value) return { value: undefined }
      if (!field.options.some(option => option.value === value))
        return { error: `Select ${article(noun)} from the list`, input: field.name }
      return { value }
    }
    case 'checkboxes':
      return readCheckboxes(field, posted)
    case 'text':
    case 'textarea': {
      const value = cleanText(single(posted[field.name]) ?? '', field.kind === 'textarea')
      if (!value) return { value: undefined }
      if (value.length > field.maxLength)
        return {
          error: `${capitalise(noun)} must be ${field.maxLength.toLocaleString('en-GB')} characters or fewer`,
          input: field.name,
        }
      return { value }
    }
    case 'number': {
      const value = (single(posted[field.name]) ?? '').trim()
      if (!value) return { value: undefined }
      if (!/^\d+$/.test(value))
        return { error: `${capitalise(noun)} must be a whole number, like 2`, input: field.name }
      const number = Number(value)
      if (number < field.min || number > field.max)
        return { error: `${capitalise(noun)} must be between ${field.min} and ${field.max}`, input: field.name }
      return { value: String(number) }
    }
    case 'date':
      return readDate(field, posted, today)
    case 'month':
      return readMonth(field, posted, today)
    case 'time': {
      const value = (single(posted[field.name]) ?? '').trim()
      if (!value) return { value: undefined }
      const time = /^([01]?\d|2[0-3])[:.]?([0-5]\d)$/.exec(value)
      if (!time) return { error: `Enter ${article(noun)} on the 24-hour clock, like 14:30`, input: field.name }
      return { value: `${time[1]!.padStart(2, '0')}:${time[2]}` }
    }
  }
}

function readCheckboxes(field: ChoiceField, posted: Posted): FieldResult {
  const raw = posted[field.name]
  const values = [...new Set((Array.isArray(raw) ? raw : raw ? [raw] : []).filter(value => value !== ''))]
  if (!values.length) return { value: undefined }
  if (values.some(value => !field.options.some(option => option.value === value)))
    return { error: `Select ${article(field.noun ?? field.label)} from the list`, input: field.name }
  const exclusive = values.find(value => field.exclusive?.includes(value))
  if (exclusive && values.length > 1) {
    const text = field.options.find(option => option.value === exclusive)!.text
    return { error: `Select ‘${text}’ on its own, or choose other answers`, input: field.name }
  }
  // Keep the list's own order, whatever order the browser sent.
  return { value: field.options.map(option => option.value).filter(value => values.includes(value)) }
}

function readDate(field: Field, posted: Posted, today: string): FieldResult {
  const noun = capitalise(field.noun ?? field.label)
  const parts = {
    day: part(posted, field, 'day'),
    month: part(posted, field, 'month'),
    year: part(posted, field, 'year'),
  }
  if (!parts.day && !parts.month && !parts.year) return { value: undefined }
  for (const name of ['day', 'month', 'year'] as const) {
    if (!parts[name]) return { error: `${noun} must include a ${name}`, input: `${field.name}-${name}` }
  }
  const date = realDate(Number(parts.year), Number(parts.month), Number(parts.day))
  if (!/^\d{1,2}$/.test(parts.day) || !/^\d{1,2}$/.test(parts.month) || !/^\d{4}$/.test(parts.year) || !date)
    return { error: `${noun} must be a real date`, input: `${field.name}-day` }
  if (date > today) return { error: `${noun} must be today or in the past`, input: `${field.name}-day` }
  if (date < '1900-01-01') return { error: `${noun} must be after 1900`, input: `${field.name}-year` }
  return { value: date }
}

function readMonth(field: Field, posted: Posted, today: string): FieldResult {
  const noun = capitalise(field.noun ?? field.label)
  const month = part(posted, field, 'month')
  const year = part(posted, field, 'year')
  if (!month && !year) return { value: undefined }
  if (!month) return { error: `${noun} must include a month`, input: `${field.name}-month` }
  if (!year) return { error: `${noun} must include a year`, input: `${field.name}-year` }
  if (!/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year) || Number(month) < 1 || Number(month) > 12)
    return { error: `${noun} must be a real month`, input: `${field.name}-month` }
  const value = `${year}-${month.padStart(2, '0')}`
  if (value > today.slice(0, 7)) return { error: `${noun} must be this month or earlier`, input: `${field.name}-month` }
  if (value < '1900-01') return { error: `${noun} must be after 1900`, input: `${field.name}-year` }
  return { value }
}

function part(posted: Posted, field: Field, name: string): string {
  return (single(posted[`${field.name}-${name}`]) ?? '').trim()
}

function realDate(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return date.toISOString().slice(0, 10)
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

const NUL = String.fromCharCode(0)

/** Text as people typed it, minus what PostgreSQL cannot store and the spaces around it. */
export function cleanText(text: string, multiline: boolean): string {
  const wellFormed = text.toWellFormed().replaceAll(NUL, '').replace(/\r\n?/g, '\n')
  return (multiline ? wellFormed : wellFormed.replace(/\s+/g, ' ')).trim()
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function article(noun: string): string {
  return /^(the|your|a|an)\b/i.test(noun) ? noun.toLowerCase() : `an answer for ${noun.toLowerCase()}`
}
