import type { BusinessCalendar } from './business-calendar.js';
import { MS_PER_DAY } from './local-date.js';

/**
 * Day units (DESIGN.md, as zendesk/biz, moment-business-time and dayjs-business-time): the same local
 * clock time on the n-th open day after t's local date, then snapped into hours — t itself is NOT snapped
 * first, so Sat 10:13 + 1 day = Mon 10:13. An "open day" is a local date with any open time. Zero days
 * is the next opening. (The SLA reading T5 snaps first: BusinessCalendar.addBusinessDays.)
 */
export function addOpenDays(calendar: BusinessCalendar, t: number, days: number): number {
  if (days === 0) return calendar.nextOpen(t);
  return calendar.nextOpen(shiftOpenDays(calendar, t, days, 1));
}

/** Mirror of addOpenDays: the same local clock time n open days before t's local date, snapped back
 * into hours (to the previous close when it falls outside): Sun 16:12 − 1 day = Fri 16:12. */
export function subtractOpenDays(calendar: BusinessCalendar, t: number, days: number): number {
  if (days === 0) return calendar.prevClose(t);
  return calendar.prevClose(shiftOpenDays(calendar, t, days, -1));
}

/** t's local clock time on the n-th open day after (step 1) or before (step −1) t's local date. */
function shiftOpenDays(calendar: BusinessCalendar, t: number, days: number, step: 1 | -1): number {
  const { day, timeOfDay } = splitLocal(calendar, t);
  let target = day;
  for (let remaining = days; remaining > 0; ) {
    target += step;
    if (hasOpenTime(calendar, target)) remaining--;
  }
  return calendar.zone.localToUtc(target * MS_PER_DAY + timeOfDay);
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
