/** "2026-11-24" (a local date, no zone) → "24 Nov 2026". Invalid input is returned as is. */
export function formatLocalDate(date: string, locale = 'en-GB'): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!match) return date;
  const [, year, month, day] = match;
  const utc = Date.UTC(Number(year), Number(month) - 1, Number(day));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(utc);
}
