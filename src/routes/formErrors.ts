import type { z } from 'zod'

export interface FormErrors {
  /** For the error summary at the top of the page, in the order the fields appear. */
  list: { text: string; href: string }[]
  /** For the message beside each field. */
  byField: Record<string, { text: string }>
}

export const noErrors: FormErrors = { list: [], byField: {} }

/** The first problem with each field, worded for the person filling in the form. */
export function toFormErrors(error: z.ZodError, fieldOrder: readonly string[]): FormErrors {
  const byField: Record<string, { text: string }> = {}
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '')
    byField[field] ??= { text: issue.message }
  }
  const fields = Object.keys(byField).sort((a, b) => rank(fieldOrder, a) - rank(fieldOrder, b))
  return { list: fields.map(field => ({ text: byField[field]!.text, href: `#${field}` })), byField }
}

function rank(order: readonly string[], field: string) {
  const index = order.indexOf(field)
  return index === -1 ? order.length : index
}
