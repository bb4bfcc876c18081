const londonDate = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
})

/** Today's date in the UK, as YYYY-MM-DD: what "today" and "not in the future" mean to people here. */
export function todayInLondon(now: Date = new Date()): string {
  return londonDate.format(now)
}
