import { z } from 'zod'

/** An email address typed into an accounts service form: trimmed, lower-cased, with GOV.UK error wording. */
export const emailAddressField = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, 'Enter your email address')
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email('Enter an email address in the correct format, like name@example.nhs.uk'))
