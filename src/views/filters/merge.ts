/** `item | merge({ conditional: { html: revealed } })`: a copy of an object with more properties. */
export function merge<T extends object, U extends object>(base: T, extra: U): T & U {
  return { ...base, ...extra }
}
