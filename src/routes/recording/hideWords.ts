import { z } from 'zod'

export const HIDE_WORDS_MAX_LENGTH = 1000
const MOST_WORDS = 50
const WORD_MAX_LENGTH = 100

const linesOf = (text: string) =>
  text
    .split(/[\r\n]+/)
    .map(line => line.trim().replace(/\s+/g, ' '))
    .filter(Boolean)

/** Words or names the recorder wants hidden from everyone else, one to a line. */
export const hideWordsSchema = z.object({
  wordsToHide: z
    .string({ error: 'Enter the words or names you want to hide' })
    .trim()
    .min(1, 'Enter the words or names you want to hide')
    .max(HIDE_WORDS_MAX_LENGTH, `Enter ${HIDE_WORDS_MAX_LENGTH.toLocaleString('en-GB')} characters or fewer`)
    .refine(text => linesOf(text).every(line => line.length <= WORD_MAX_LENGTH), {
      message: `Each line must be ${WORD_MAX_LENGTH} characters or fewer`,
    }),
})

/**
 * The words already hidden with the new ones added (once each, whatever their case). Nothing is
 * ever taken away: a word once hidden stays hidden.
 */
export function withHiddenWords(hidden: readonly string[], wordsToHide: string): string[] {
  const words = [...hidden]
  for (const word of linesOf(wordsToHide)) {
    if (!words.some(existing => existing.toLowerCase() === word.toLowerCase())) words.push(word)
  }
  return words.slice(0, Math.max(MOST_WORDS, hidden.length))
}
