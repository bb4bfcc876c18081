import { allFields, type AnswerValue, type Field } from '../domain/eventForm/fields'
import type { Answers } from '../domain/eventForm/eventAnswers'
import type { Posted } from '../domain/eventForm/readFields'

/** One field, ready for its GOV.UK Frontend macro; options may carry the fields they reveal. */
export interface FieldView {
  kind: Field['kind']
  params: Record<string, unknown>
}

const AUTOCOMPLETE_FROM = 30

export interface PresentOptions {
  /** The page's first question is its heading (its label is the page's title). */
  asPageHeading: boolean
  /** Words put into labels, such as the organisation's name. */
  words: Readonly<Record<string, string>>
}

/** The form values that show stored answers: a date becomes its day, month and year. */
export function formValuesFrom(fields: readonly Field[], stored: Answers): Posted {
  const values: Record<string, string | string[]> = {}
  for (const field of allFields(fields)) {
    const value = stored[field.name]
    if (value === undefined) continue
    if (field.kind === 'date' && typeof value === 'string') {
      const [year, month, day] = value.split('-')
      Object.assign(values, {
        [`${field.name}-day`]: String(Number(day)),
        [`${field.name}-month`]: String(Number(month)),
        [`${field.name}-year`]: year,
      })
    } else if (field.kind === 'month' && typeof value === 'string') {
      const [year, month] = value.split('-')
      Object.assign(values, { [`${field.name}-month`]: String(Number(month)), [`${field.name}-year`]: year })
    } else {
      values[field.name] = value
    }
  }
  return values
}

export function presentFields(
  fields: readonly Field[],
  values: Posted,
  errors: Readonly<Record<string, { text: string }>>,
  options: PresentOptions,
): FieldView[] {
  return fields.map((field, index) =>
    presentField(field, values, errors, { ...options, asPageHeading: options.asPageHeading && index === 0 }, false),
  )
}

function presentField(
  field: Field,
  values: Posted,
  errors: Readonly<Record<string, { text: string }>>,
  options: PresentOptions,
  revealed: boolean,
): FieldView {
  const label = fillIn(field.label, options.words)
  const heading = options.asPageHeading && !revealed
  const errorMessage = errors[field.name]
  const hint = field.hint ? { text: fillIn(field.hint, options.words) } : undefined
  const legend = {
    text: label,
    isPageHeading: heading,
    classes: heading
      ? 'govuk-fieldset__legend--l'
      : revealed
        ? 'govuk-fieldset__legend--s'
        : 'govuk-fieldset__legend--m',
  }
  const labelParams = {
    text: label,
    isPageHeading: heading,
    classes: heading ? 'govuk-label--l' : revealed ? 'govuk-label--s' : 'govuk-label--m',
  }
  const value = values[field.name]
  switch (field.kind) {
    case 'radios':
    case 'checkboxes': {
      const chosen = value === undefined ? [] : Array.isArray(value) ? value : [value]
      const items: Record<string, unknown>[] = []
      for (const option of field.options) {
        const exclusive = field.exclusive?.includes(option.value)
        if (exclusive && field.kind === 'checkboxes' && items.length) items.push({ divider: 'or' })
        items.push({
          value: option.value,
          text: option.text,
          hint: option.hint ? { text: option.hint } : undefined,
          checked: chosen.includes(option.value),
          behaviour: exclusive && field.kind === 'checkboxes' ? 'exclusive' : undefined,
          revealed: (field.reveals?.[option.value] ?? []).map(child =>
            presentField(child, values, errors, options, true),
          ),
        })
      }
      return {
        kind: field.kind,
        params: { name: field.name, idPrefix: field.name, fieldset: { legend }, hint, errorMessage, items },
      }
    }
    case 'text':
    case 'number':
    case 'time':
      return {
        kind: 'text',
        params: {
          id: field.name,
          name: field.name,
          label: labelParams,
          hint,
          errorMessage,
          value: typeof value === 'string' ? value : undefined,
          classes:
            field.kind === 'number'
              ? 'govuk-input--width-3'
              : field.kind === 'time'
                ? 'govuk-input--width-5'
                : field.kind === 'text' && field.width === 'short'
                  ? 'govuk-input--width-20'
                  : undefined,
          inputmode: field.kind === 'number' ? 'numeric' : undefined,
          spellcheck: field.kind === 'text' ? undefined : false,
          autocomplete: 'off',
        },
      }
    case 'textarea':
      return {
        kind: 'textarea',
        params: {
          id: field.name,
          name: field.name,
          label: labelParams,
          hint,
          errorMessage,
          value: typeof value === 'string' ? value : undefined,
          maxlength: field.maxLength,
          rows: 6,
        },
      }
    case 'select':
      return {
        kind: 'select',
        params: {
          id: field.name,
          name: field.name,
          label: labelParams,
          hint,
          errorMessage,
          value: typeof value === 'string' ? value : '',
          items: [
            { value: '', text: 'Select one' },
            ...field.options.map(option => ({ value: option.value, text: option.text })),
          ],
          // Only long lists need type-ahead; a short one is quicker to read.
          attributes: field.options.length > AUTOCOMPLETE_FROM ? { 'data-autocomplete': 'true' } : undefined,
        },
      }
    case 'date':
    case 'month': {
      const parts = field.kind === 'date' ? ['day', 'month', 'year'] : ['month', 'year']
      return {
        kind: 'date',
        params: {
          id: field.name,
          namePrefix: field.name,
          fieldset: { legend },
          hint,
          errorMessage,
          items: parts.map(part => ({
            name: part,
            label: part.charAt(0).toUpperCase() + part.slice(1),
            value: single(values[`${field.name}-${part}`]),
            classes: `${part === 'year' ? 'govuk-input--width-4' : 'govuk-input--width-2'}${errorMessage ? ' govuk-input--error' : ''}`,
          })),
        },
      }
    }
  }
}

function single(value: AnswerValue | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** Puts words into a label: "Did it happen at {organisation}?". */
export function fillIn(text: string, words: Readonly<Record<string, string>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => words[key] ?? whole)
}
