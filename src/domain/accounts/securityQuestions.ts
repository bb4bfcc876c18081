/** Questions people choose one of at activation; the answer is asked again to reset a password. */
export const securityQuestions = [
  'What was the name of your first school?',
  'What is the name of the town where your mother was born?',
  'What was the make of your first car or bicycle?',
  'What was the name of your first pet?',
  'What was your childhood nickname?',
  'What is the middle name of your oldest sibling?',
] as const

export type SecurityQuestion = (typeof securityQuestions)[number]

/** Answers are compared ignoring case, spacing and punctuation, as people type them differently. */
export function normaliseSecurityAnswer(answer: string): string {
  return answer.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '')
}
