const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
})
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
})

/** "25 November 2026", from a Date or a YYYY-MM-DD string, in UK time. */
export function ukDate(value: Date | string | null | undefined): string {
  if (!value) return ''
  const date = typeof value === 'string' ? new Date(`${value.slice(0, 10)}T12:00:00Z`) : value
  return Number.isNaN(date.getTime()) ? '' : dateFormat.format(date)
}

/** "25 November 2026 at 2:05pm", as GOV.UK writes times, in UK time. */
export function ukDateTime(value: Date | null | undefined): string {
  if (!value) return ''
  return `${dateFormat.format(value)} at ${timeFormat.format(value).replace(/\s/g, '').toLowerCase()}`
}
