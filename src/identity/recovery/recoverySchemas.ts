import { z } from 'zod'
import { emailAddressField } from '../emailAddressField'

export const forgottenPasswordSchema = z.object({ email: emailAddressField })

export const resetPasswordSchema = z
  .object({
    securityAnswer: z.string().trim().min(1, 'Enter the answer to your security question').max(100),
    password: z.string().min(1, 'Enter a new password').max(200, 'Password must be 200 characters or fewer'),
    confirmPassword: z.string().min(1, 'Enter your new password again'),
  })
  .refine(answers => answers.password === answers.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  })

/** The unlock page's form has nothing to fill in: the button is the whole answer. */
export const unlockSchema = z.object({})
