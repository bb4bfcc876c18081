/** Every match of a global pattern, reusing the one compiled pattern. */
export function* matchesOf(pattern: RegExp, text: string): Generator<RegExpExecArray> {
  pattern.lastIndex = 0
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    if (match[0].length === 0) pattern.lastIndex++
    yield match
  }
}

/** Up to `length` characters before `index`: where labels such as "DOB" or "NHS no" sit. */
export function textBefore(text: string, index: number, length: number): string {
  return text.slice(Math.max(0, index - length), index)
}

/** Up to `length` characters after `index`. */
export function textAfter(text: string, index: number, length: number): string {
  return text.slice(index, index + length)
}

/**
 * Labels of numbers that identify things, not people: "batch 7168470345", "Incident form export Ref:
 * W123880". A number soon after one is not taken for an NHS or hospital number.
 */
export const THING_LABEL =
  /\b(?:batch|lot|serial|model|product|part|cat(?:alogue)?|exp(?:iry)?|order|invoice|item|barcode|device|kit|job|asset|stock|datix|incident|ticket)\b[^\n\d]{0,24}$/i
