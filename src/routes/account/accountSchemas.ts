import { z } from 'zod'
import { roles } from '../../domain/permissions/roles'

export const REASON_MAX_LENGTH = 500

/** Why someone asks for access, or why a decision was made: plain words, kept short. */
export const reasonField = (message: string) =>
  z
    .string({ error: message })
    .trim()
    .min(1, message)
    .max(REASON_MAX_LENGTH, `The reason must be ${REASON_MAX_LENGTH} characters or fewer`)

export const odsCodeParam = z
  .string()
  .regex(/^[A-Za-z0-9]{3,10}$/)
  .transform(code => code.toUpperCase())

export const chooseOrganisationSchema = z.object({
  organisation: odsCodeParam.catch('').pipe(z.string().min(1, 'Select an organisation, ICB or region')),
})

export const amendAccessSchema = z.object({
  role: z.enum(roles, { error: 'Select the access you need' }),
  reason: reasonField('Enter why you need this access'),
})
