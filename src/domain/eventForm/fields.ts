import { codeSystem, type CodeSystemId } from '../taxonomy/codeSystems'

/** One answer as it is stored: a single value, or several for checkboxes. */
export type AnswerValue = string | string[]

export interface Option {
  value: string
  text: string
  hint?: string
}

interface FieldBase {
  /** The answer's key in the record, and the form field's name. */
  name: string
  label: string
  hint?: string
  /** The error shown when the field is left empty; a field without one is optional. */
  required?: string
  /** How the answer is named in error messages and on check your answers ("the date it happened"). */
  noun?: string
  /** Not asked when another answer on the same page has one of these values. */
  notNeededWhen?: { field: string; values: readonly string[] }
}

export interface ChoiceField extends FieldBase {
  kind: 'radios' | 'checkboxes'
  options: readonly Option[]
  /** Further questions revealed by an option, asked only when it is chosen. */
  reveals?: Readonly<Record<string, readonly Field[]>>
  /** Checkbox options that cannot be combined with any other ("None of the above", "I don't know"). */
  exclusive?: readonly string[]
}

export interface TextField extends FieldBase {
  kind: 'text'
  maxLength: number
  width?: 'full' | 'short'
}

export interface TextareaField extends FieldBase {
  kind: 'textarea'
  maxLength: number
}

export interface NumberField extends FieldBase {
  kind: 'number'
  min: number
  max: number
}

export interface SelectField extends FieldBase {
  kind: 'select'
  options: readonly Option[]
}

/** A day in the past or today, stored as YYYY-MM-DD. */
export interface DateField extends FieldBase {
  kind: 'date'
}

/** A month in the past or this month, stored as YYYY-MM. */
export interface MonthField extends FieldBase {
  kind: 'month'
}

/** A time of day on the 24-hour clock, stored as HH:MM. */
export interface TimeField extends FieldBase {
  kind: 'time'
}

export type Field =
  ChoiceField | TextField | TextareaField | NumberField | SelectField | DateField | MonthField | TimeField

/** Longest free text we take in one answer. */
export const FREE_TEXT_LIMIT = 10_000

/** The options of an LFPSE code list, in the order the list offers them. */
export function optionsFrom(id: CodeSystemId, hints: Readonly<Record<string, string>> = {}): Option[] {
  return codeSystem(id).codes.map(({ code, display }) => ({
    value: code,
    text: display,
    ...(hints[code] ? { hint: hints[code] } : {}),
  }))
}

/** Whether a field holds what someone typed in their own words, where names and other identifiers turn up. */
export function isFreeText(field: Field): field is TextField | TextareaField {
  return field.kind === 'text' || field.kind === 'textarea'
}

/** Every field a page posts, including those revealed by its options. */
export function allFields(fields: readonly Field[]): Field[] {
  return fields.flatMap(field => [
    field,
    ...(field.kind === 'radios' || field.kind === 'checkboxes'
      ? Object.values(field.reveals ?? {}).flatMap(revealed => allFields(revealed))
      : []),
  ])
}

/** The form inputs a field posts: a date posts its day, month and year separately. */
export function inputNames(field: Field): string[] {
  if (field.kind === 'date') return [`${field.name}-day`, `${field.name}-month`, `${field.name}-year`]
  if (field.kind === 'month') return [`${field.name}-month`, `${field.name}-year`]
  return [field.name]
}

/**
 * The fields that apply given the stored answers, in page order: each field, then those its chosen
 * options reveal; a field not needed because of another answer is left out.
 */
export function applicableFields(fields: readonly Field[], stored: Readonly<Record<string, AnswerValue>>): Field[] {
  const result: Field[] = []
  const visit = (field: Field) => {
    result.push(field)
    const value = stored[field.name]
    if ((field.kind === 'radios' || field.kind === 'checkboxes') && value !== undefined) {
      const chosen = Array.isArray(value) ? value : [value]
      for (const [option, revealed] of Object.entries(field.reveals ?? {}))
        if (chosen.includes(option)) revealed.forEach(visit)
    }
  }
  for (const field of fields) {
    const condition = field.notNeededWhen
    if (!condition || !condition.values.includes(String(stored[condition.field]))) visit(field)
  }
  return result
}
