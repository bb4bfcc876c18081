import { z } from 'zod'
import { normaliseSecurityAnswer, securityQuestions } from '../../domain/accounts/securityQuestions'
import { registrationOrganisationTypeValues } from '../../domain/accounts/registrationOrganisationTypes'
import { codeSystem } from '../../domain/taxonomy/codeSystems'
import { emailAddressField } from '../emailAddressField'

const name = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `Enter your ${what}`)
    .max(100, `Your ${what} must be 100 characters or fewer`)
    .regex(/^[\p{L}\p{M}' .-]+$/u, `Your ${what} must only include letters, spaces, hyphens and apostrophes`)

export const setUpSchema = z.object({
  hasAccount: z.enum(['yes', 'no'], { error: 'Select whether you already have an account' }),
})

export const yourDetailsSchema = z
  .object({
    firstName: name('first name'),
    lastName: name('last name'),
    email: emailAddressField,
    confirmEmail: z.string().trim().toLowerCase().min(1, 'Enter your email address again'),
  })
  .refine(details => details.email === details.confirmEmail, {
    path: ['confirmEmail'],
    message: 'The email addresses do not match',
  })

/** Staff types from the LFPSE list, so later questions about the recorder can be answered for them. */
export const jobRoles = codeSystem('staffType').codes.map(code => code.display)

export const jobRoleSchema = z.object({
  jobRole: z.enum(jobRoles as [string, ...string[]], { error: 'Select your main job role' }),
})

export const organisationTypeSchema = z.object({
  organisationType: z.enum(registrationOrganisationTypeValues, {
    error: 'Select the type of organisation you work for',
  }),
})

export const organisationSchema = z.object({
  organisationId: z.coerce
    .number({ error: 'Select your organisation' })
    .int('Select your organisation')
    .positive('Select your organisation')
    .max(2_147_483_647, 'Select your organisation'),
})

export const checkAnswersSchema = z.object({
  acceptTerms: z.literal('yes', { error: 'Confirm that you agree to the terms and conditions' }),
})

export const activationSchema = z
  .object({
    password: z.string().min(1, 'Enter a password').max(200, 'Password must be 200 characters or fewer'),
    confirmPassword: z.string().min(1, 'Enter your password again'),
    securityQuestion: z.enum(securityQuestions, { error: 'Select a security question' }),
    securityAnswer: z
      .string()
      .trim()
      .max(100, 'Your answer must be 100 characters or fewer')
      .refine(
        answer => normaliseSecurityAnswer(answer).length >= 2,
        'Enter an answer of at least 2 letters or numbers',
      ),
  })
  .refine(answers => answers.password === answers.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  })
