import type { BusinessCalendar } from './business-calendar.js';
import { MS_PER_DAY } from './local-date.js';

/**
 * Day units (DESIGN.md; POLICY-READINGS T5): the n-th open day after the start day, at the same local
 * clock time, snapped into hours. A start outside hours counts from the next opening, so the result is
 * that opening time n open days later. An "open day" is a local date with any open time.
 */
export function addOpenDays(calendar: BusinessCalendar, t: number, days: number): number {
  const start = calendar.nextOpen(t);
  if (days === 0) return start;
  const { day, timeOfDay } = splitLocal(calendar, start);
  let target = day;
  for (let remaining = days; remaining > 0; ) {
    target++;
    if (hasOpenTime(calendar, target)) remaining--;
  }
  return calendar.nextOpen(calendar.zone.localToUtc(target * MS_PER_DAY + timeOfDay));
}

/** Mirror of addOpenDays: from the previous close at/before t, the same local clock time n open days
 * earlier, snapped back into hours (to the previous close when it falls outside). */
export function subtractOpenDays(calendar: BusinessCalendar, t: number, days: number): number {
  const end = calendar.prevClose(t);
  if (days === 0) return end;
  const { day, timeOfDay } = splitLocal(calendar, end);
  let target = day;
  for (let remaining = days; remaining > 0; ) {
    target--;
    if (hasOpenTime(calendar, target)) remaining--;
  }
  return calendar.prevClose(calendar.zone.localToUtc(target * MS_PER_DAY + timeOfDay));
}

function splitLocal(calendar: BusinessCalendar, t: number): { day: number; timeOfDay: number } {
  const wall = calendar.zone.utcToLocal(t);
  const day = Math.floor(wall / MS_PER_DAY);
  return { day, timeOfDay: wall - day * MS_PER_DAY };
}

function hasOpenTime(calendar: BusinessCalendar, day: number): boolean {
  const zone = calendar.zone;
  return calendar.elapsed(zone.localToUtc(day * MS_PER_DAY), zone.localToUtc((day + 1) * MS_PER_DAY)) > 0;
}
