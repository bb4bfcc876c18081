/**
 * One CSV line (RFC 4180): fields with commas, quotes or line breaks are quoted. A field a
 * spreadsheet would run as a formula (starting =, +, -, @, tab or carriage return) is prefixed with
 * an apostrophe, so a downloaded file cannot run anything.
 */
export function csvLine(fields: ReadonlyArray<string | number | null | undefined>): string {
  return `${fields.map(csvField).join(',')}\r\n`
}

function csvField(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  let text = String(value)
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}
