import { z } from 'zod'
import { toFormErrors } from './formErrors'

describe('form errors', () => {
  const schema = z.object({
    first: z.string().min(1, 'Enter the first thing'),
    second: z.string().min(3, 'Second is too short').regex(/^\d+$/, 'Second must be numbers'),
  })

  it('lists the first problem with each field, in the order the fields appear on the page', () => {
    const result = schema.safeParse({ second: 'x', first: '' })
    expect(result.success).toBe(false)
    const errors = toFormErrors(result.error!, ['first', 'second'])
    expect(errors.list).toEqual([
      { text: 'Enter the first thing', href: '#first' },
      { text: 'Second is too short', href: '#second' },
    ])
    expect(errors.byField.second).toEqual({ text: 'Second is too short' })
  })
})
