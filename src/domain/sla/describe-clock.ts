import type { TCalendar, TCentre } from '../packs/schema-calendar.js';
import type { TTarget } from '../packs/schema-sla.js';

const DAY_ORDER = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** "Mon–Fri 07:00–19:00 America/New_York, holidays: us-federal" */
export function describeCalendar(calendar: TCalendar): string {
  const groups: { from: string; to: string; hours: string }[] = [];
  for (const day of DAY_ORDER) {
    const intervals = calendar.hours[day];
    if (!intervals || intervals.length === 0) continue;
    const hours = intervals.map(([open, close]) => `${open}–${close}`).join(', ');
    const last = groups.at(-1);
    if (
      last &&
      last.hours === hours &&
      DAY_ORDER.indexOf(last.to as (typeof DAY_ORDER)[number]) === DAY_ORDER.indexOf(day) - 1
    ) {
      last.to = day;
    } else groups.push({ from: day, to: day, hours });
  }
  const title = (day: string) => day.charAt(0).toUpperCase() + day.slice(1);
  const days = groups
    .map((g) => `${g.from === g.to ? title(g.from) : `${title(g.from)}–${title(g.to)}`} ${g.hours}`)
    .join('; ');
  const holidays = calendar.holidays.length > 0 ? `, holidays: ${calendar.holidays.join(', ')}` : '';
  return `${days || 'never open'} ${calendar.timezone}${holidays}`;
}

/** The `clock` text of a milestone. */
export function describeClock(clock: TTarget['clock'] | 'elapsed_from_submission', centre: TCentre): string {
  switch (clock) {
    case 'business_hours':
      return `business hours of centre ${centre.id} (${describeCalendar(centre.calendar)})`;
    case 'business_days':
      return `business days of centre ${centre.id} (${describeCalendar(centre.calendar)})`;
    case 'elapsed':
      return 'elapsed time, 24x7 (calendar clock)';
    case 'elapsed_from_submission':
      return 'elapsed time from submission, 24x7 (calendar clock)';
    case 'next_release':
      return 'next release of the product';
    case 'no_commitment':
      return 'none (no commitment)';
    default: {
      const unreachable: never = clock;
      return unreachable;
    }
  }
}

/** Milliseconds of an hours/minutes/days target (1 day = 24 hours, T6). */
export function targetMilliseconds(target: { hours?: number; minutes?: number; days?: number }): number {
  return (((target.days ?? 0) * 24 + (target.hours ?? 0)) * 60 + (target.minutes ?? 0)) * 60_000;
}
