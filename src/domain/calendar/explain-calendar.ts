import type { TCompiledSpec } from './compile-spec.js';
import { getHolidaySetYear } from './holiday-sets.js';
import { formatIsoDate, formatLocalTime, MS_PER_DAY, yearOfDay } from './local-date.js';
import type { TZoneOffsets } from './zone-offsets.js';

/** A holiday of the calendar on a local date: the library's name ("Thanksgiving Day") or "Holiday". */
export type THolidayOnDate = { date: string; name: string };

/** A dated closure as instants: [start, end) in epoch ms, with its local date, times and reason. */
export type TClosureSpan = {
  date: string;
  from: string;
  to: string;
  reason?: string;
  start: number;
  end: number;
};

/** Holidays whose local date overlaps [a, b), in date order. A date in several sets lists each name once. */
export function listHolidaysBetween(
  spec: TCompiledSpec,
  zone: TZoneOffsets,
  a: number,
  b: number,
): THolidayOnDate[] {
  if (!(b > a)) return [];
  const firstDay = Math.floor(zone.utcToLocal(a) / MS_PER_DAY);
  const lastDay = Math.floor(zone.utcToLocal(b - 1) / MS_PER_DAY);
  const holidays: THolidayOnDate[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    const names: string[] = [];
    const year = yearOfDay(day);
    for (const set of spec.holidaySets) {
      const name = getHolidaySetYear(set, year).get(day);
      if (name !== undefined && !names.includes(name)) names.push(name);
    }
    if (names.length === 0 && spec.explicitHolidays.has(day)) names.push(spec.explicitHolidays.get(day)!);
    if (names.length > 0) holidays.push({ date: formatIsoDate(day), name: names.join(' / ') });
  }
  return holidays;
}

/** Closures of the spec overlapping [a, b), in time order. */
export function listClosuresBetween(
  spec: TCompiledSpec,
  zone: TZoneOffsets,
  a: number,
  b: number,
): TClosureSpan[] {
  if (!(b > a)) return [];
  const spans: TClosureSpan[] = [];
  for (const [day, closures] of spec.closures) {
    for (const closure of closures) {
      const start = zone.localToUtc(day * MS_PER_DAY + closure.from);
      const end = zone.localToUtc(day * MS_PER_DAY + closure.to);
      if (start >= b || end <= a) continue;
      const span: TClosureSpan = {
        date: formatIsoDate(day),
        from: formatLocalTime(closure.from),
        to: formatLocalTime(closure.to),
        start,
        end,
      };
      if (closure.reason !== undefined) span.reason = closure.reason;
      spans.push(span);
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}
