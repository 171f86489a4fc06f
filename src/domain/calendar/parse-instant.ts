import { AppError } from '../../lib/app-error.js';
import { MS_PER_DAY, MS_PER_HOUR, MS_PER_MINUTE, parseIsoDate } from './local-date.js';
import { getZoneOffsets } from './zone-offsets.js';

const ISO_INSTANT =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * Parses ISO-8601 to epoch ms. With `Z` or an offset it is an absolute instant; without one (or a bare
 * date) it is local wall time in `timezone` (a DST-gap time moves forward, an ambiguous one takes the
 * earlier offset). AppError('calendar.invalid_time') when malformed or not a real date/time.
 */
export function parseInstant(text: unknown, timezone = 'UTC', field = 'time'): number {
  const match = typeof text === 'string' ? ISO_INSTANT.exec(text.trim()) : null;
  const fail = (why: string) =>
    new AppError('calendar.invalid_time', `${field}: ${JSON.stringify(text)} ${why}`, [
      { field, message: why },
    ]);
  if (!match) throw fail('is not an ISO-8601 date-time (e.g. 2026-03-02T09:00:00Z)');
  const day = parseIsoDate(match[1]!);
  if (day === undefined) throw fail('is not a real calendar date');
  const hours = Number(match[2] ?? 0);
  const minutes = Number(match[3] ?? 0);
  const seconds = Number(match[4] ?? 0);
  const millis = match[5] === undefined ? 0 : Number(match[5].slice(0, 3).padEnd(3, '0'));
  if (minutes > 59 || seconds > 59 || hours > 24 || (hours === 24 && minutes + seconds + millis > 0)) {
    throw fail('has an impossible time of day');
  }
  const wall = day * MS_PER_DAY + hours * MS_PER_HOUR + minutes * MS_PER_MINUTE + seconds * 1000 + millis;
  const offsetText = match[6];
  if (offsetText === undefined) return getZoneOffsets(timezone).localToUtc(wall);
  if (offsetText === 'Z' || offsetText === 'z') return wall;
  const digits = offsetText.replace(':', '');
  const offsetHours = Number(digits.slice(1, 3));
  const offsetMinutes = Number(digits.slice(3, 5));
  if (offsetHours > 23 || offsetMinutes > 59) throw fail('has an impossible UTC offset');
  const offset = (offsetHours * 60 + offsetMinutes) * MS_PER_MINUTE * (digits.startsWith('-') ? -1 : 1);
  return wall - offset;
}

/** Epoch ms → ISO-8601 in UTC with milliseconds ("2026-03-02T14:00:00.000Z"). */
export function formatInstant(epoch: number): string {
  return new Date(epoch).toISOString();
}
