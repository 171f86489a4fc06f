import { civilFromDay, dayFromCivil } from '../calendar/local-date.js';

/**
 * Calendar-date arithmetic for contracts (T8): plain 'YYYY-MM-DD' dates, inclusive last days;
 * weekends and holidays never move them. Pure.
 */
export type TIsoDate = string;

function parts(date: TIsoDate): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`not a date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function format(year: number, month: number, day: number): TIsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const { year, month, day } = parts(value);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return lastDayOf(year, month);
}

function lastDayOf(year: number, month: number): number {
  const next = month === 12 ? dayFromCivil(year + 1, 1, 1) : dayFromCivil(year, month + 1, 1);
  return civilFromDay(next - 1).day;
}

export function addDays(date: TIsoDate, days: number): TIsoDate {
  const { year, month, day } = parts(date);
  const civil = civilFromDay(dayFromCivil(year, month, day) + days);
  return format(civil.year, civil.month, civil.day);
}

/** Same day N months later, clamped to the month's last day (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(date: TIsoDate, months: number): TIsoDate {
  const { year, month, day } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return format(y, m, Math.min(day, lastDayOf(y, m)));
}

/** Last day of the month N months after the month of `date`. */
export function endOfMonthAfter(date: TIsoDate, months: number): TIsoDate {
  const { year, month } = parts(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return format(y, m, lastDayOf(y, m));
}

export function isLastDayOfMonth(date: TIsoDate): boolean {
  const { year, month, day } = parts(date);
  return day === lastDayOf(year, month);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: TIsoDate, b: TIsoDate): number {
  const pa = parts(a);
  const pb = parts(b);
  return dayFromCivil(pb.year, pb.month, pb.day) - dayFromCivil(pa.year, pa.month, pa.day);
}

/** Whole months from `from` up to `to` (started months count as whole, K6 "prorated by whole months"). */
export function wholeMonthsBetween(from: TIsoDate, to: TIsoDate): number {
  if (to < from) return 0;
  let months = 0;
  while (addMonths(from, months) <= to) months += 1;
  return months;
}

/** The calendar date of an instant in an IANA zone. */
export function dateInZone(instant: Date, zone: string): TIsoDate {
  const text = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
  return text;
}
