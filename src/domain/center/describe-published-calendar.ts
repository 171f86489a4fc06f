import { BusinessCalendar, parseInstant } from '../calendar/index.js';
import type { TCalendarSpec } from '../calendar/types.js';
import type { TCentre } from '../packs/schema-calendar.js';

const weekdays = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

export type TPublishedCalendar = {
  centre: string;
  name: string;
  location: string | null;
  serves: string;
  timezone: string;
  weeklyHours: { day: string; hours: { from: string; to: string }[] }[];
  holidays: { date: string; name: string }[];
  closures: { date: string; from: string; to: string; reason: string | null }[];
  years: number[];
};

/**
 * IMP-45: a centre's published calendar — weekly hours, and the holidays and scheduled closures of
 * `year` and the year after, from the pack's calendar (the same engine that computes due times).
 */
export function describePublishedCalendar(centre: TCentre, year: number): TPublishedCalendar {
  const calendar = BusinessCalendar.fromSpec(centre.calendar as TCalendarSpec);
  const zone = centre.calendar.timezone;
  const start = parseInstant(`${year}-01-01T00:00:00`, zone);
  const end = parseInstant(`${year + 2}-01-01T00:00:00`, zone);
  return {
    centre: centre.id,
    name: centre.name,
    location: centre.location ?? null,
    serves: centre.serves,
    timezone: zone,
    weeklyHours: weekdays.map(([key, day]) => ({
      day,
      hours: (centre.calendar.hours[key] ?? []).map(([from, to]) => ({ from, to })),
    })),
    holidays: calendar.holidaysBetween(start, end),
    closures: calendar.closuresBetween(start, end).map((closure) => ({
      date: closure.date,
      from: closure.from,
      to: closure.to,
      reason: closure.reason ?? null,
    })),
    years: [year, year + 1],
  };
}
