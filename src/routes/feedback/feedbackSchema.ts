import { z } from 'zod'
import { satisfactionLevels } from '../../services/feedbackService'

export const IMPROVEMENTS_MAX_LENGTH = 1200

export const feedbackSchema = z.object({
  satisfaction: z.enum(satisfactionLevels, { error: 'Select how you feel about the service' }),
  improvements: z
    .string({ error: 'Enter your suggestions as text' })
    .trim()
    .max(IMPROVEMENTS_MAX_LENGTH, 'Your suggestions must be 1,200 characters or fewer')
    .default(''),
  // The page the person came from, carried in a hidden field; anything odd is dropped, not shown.
  page: z
    .string()
    .regex(/^\/[A-Za-z0-9/_-]{0,199}$/)
    .optional()
    .catch(undefined),
})
