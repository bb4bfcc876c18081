import { dictionary } from '@zxcvbn-ts/language-common'

export const PASSWORD_MIN_LENGTH = 12
export const PASSWORD_MAX_LENGTH = 200

// About 49,000 passwords seen most often in breaches.
const commonPasswords = new Set(dictionary['passwords-common'])

/** The rules, in the words shown to people before they choose. */
export const passwordRules = [
  `at least ${PASSWORD_MIN_LENGTH} characters`,
  'not a commonly used password',
  'not your email address or part of it',
]

/**
 * What is wrong with a password, or undefined when it is acceptable. "Common" also catches a common
 * password with digits or symbols added at the end (password2026!).
 */
export function passwordProblem(password: string, email: string): string | undefined {
  if (password.length < PASSWORD_MIN_LENGTH) return `Password must be at least ${PASSWORD_MIN_LENGTH} characters`
  if (password.length > PASSWORD_MAX_LENGTH) return `Password must be ${PASSWORD_MAX_LENGTH} characters or fewer`
  const lower = password.toLowerCase()
  const withoutEnding = lower.replace(/[\d\W_]+$/, '')
  if (commonPasswords.has(lower) || (withoutEnding.length >= 4 && commonPasswords.has(withoutEnding)))
    return 'Password is too common: choose one that is harder to guess'
  const [localPart = ''] = email.toLowerCase().split('@')
  if (lower.includes(email.toLowerCase()) || (localPart.length >= 4 && lower.includes(localPart)))
    return 'Password must not contain your email address'
  return undefined
}
