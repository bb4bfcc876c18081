import { z } from 'zod'
import { roles } from '../../domain/permissions/roles'
import { reasonField } from '../account/accountSchemas'
import { todayInLondon } from '../../domain/time/today'

export const decideRequestSchema = z
  .object({
    decision: z.enum(['approve', 'reject'], { error: 'Select whether to approve or reject the request' }),
    reason: z.string().trim().max(500, 'The reason must be 500 characters or fewer').default(''),
  })
  .refine(answers => answers.decision === 'approve' || answers.reason.length > 0, {
    path: ['reason'],
    message: 'Enter why you are rejecting the request',
  })

export const changeMemberSchema = z.object({
  role: z.enum([...roles, 'remove'], { error: 'Select their access, or remove it' }),
  reason: reasonField('Enter why you are changing their access'),
})

const MAX_YEARS_AHEAD = 3

/** External read-only access: who, under which agreement, and the last day it works. */
export function externalAccessSchema() {
  const part = z.string().trim().max(4).default('')
  return z
    .object({
      email: z.email({ error: 'Enter an email address in the correct format, like name@nhs.net' }).trim().max(254),
      reason: reasonField('Enter the agreement that allows this access'),
      'endsOn-day': part,
      'endsOn-month': part,
      'endsOn-year': part,
    })
    .superRefine((answers, context) => {
      // Today when the form is sent, not when the service started.
      const today = todayInLondon()
      const endsOn = endsOnOf(answers)
      const latest = `${Number(today.slice(0, 4)) + MAX_YEARS_AHEAD}${today.slice(4)}`
      const problem = !endsOn
        ? 'Enter a real date when access ends, like 31 3 2027'
        : endsOn <= today
          ? 'The date access ends must be in the future'
          : endsOn > latest
            ? `The date access ends must be within ${MAX_YEARS_AHEAD} years`
            : undefined
      if (problem) context.addIssue({ code: 'custom', path: ['endsOn-day'], message: problem })
    })
}

/** The day access ends, as an ISO date, when the three boxes make a real one. */
export function endsOnOf(answers: { 'endsOn-day': string; 'endsOn-month': string; 'endsOn-year': string }) {
  const [day, month, year] = [answers['endsOn-day'], answers['endsOn-month'], answers['endsOn-year']]
  if (!/^\d{1,2}$/.test(day) || !/^\d{1,2}$/.test(month) || !/^\d{4}$/.test(year)) return undefined
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)))
  return date.getUTCDate() === Number(day) && date.getUTCMonth() === Number(month) - 1
    ? date.toISOString().slice(0, 10)
    : undefined
}
