/**
 * Civil-date arithmetic on "day numbers" (days since 1970-01-01) and "wall" milliseconds
 * (local wall-clock time written as if it were UTC). Pure integer maths, no time zones.
 */
export const MS_PER_MINUTE = 60_000;
export const MS_PER_HOUR = 3_600_000;
export const MS_PER_DAY = 86_400_000;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Day number of a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
export function dayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of dayFromCivil. */
export function civilFromDay(dayNumber: number): { year: number; month: number; day: number } {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** 0 = Monday … 6 = Sunday (index into WEEKDAYS). 1970-01-01 was a Thursday. */
export function weekdayIndexOfDay(dayNumber: number): number {
  return (((dayNumber + 3) % 7) + 7) % 7;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses a strict YYYY-MM-DD date to a day number; undefined if malformed or not a real date. */
export function parseIsoDate(text: string): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const dayNumber = dayFromCivil(year, month, day);
  const back = civilFromDay(dayNumber);
  return back.month === month && back.day === day ? dayNumber : undefined;
}

export function formatIsoDate(dayNumber: number): string {
  const { year, month, day } = civilFromDay(dayNumber);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

const LOCAL_TIME = /^(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Parses "HH:MM" or "HH:MM:SS" (00:00 … 24:00) to milliseconds after local midnight. */
export function parseLocalTime(text: string): number | undefined {
  const match = LOCAL_TIME.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  const seconds = match[3] === undefined ? 0 : Number(match[3]);
  if (minutes > 59 || seconds > 59) return undefined;
  const ms = hours * MS_PER_HOUR + minutes * MS_PER_MINUTE + seconds * 1000;
  return ms <= MS_PER_DAY ? ms : undefined;
}

export function formatLocalTime(msOfDay: number): string {
  const totalSeconds = Math.floor(msOfDay / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return seconds === 0
    ? `${pad2(hours)}:${pad2(minutes)}`
    : `${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}`;
}

export function yearOfDay(dayNumber: number): number {
  return civilFromDay(dayNumber).year;
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
