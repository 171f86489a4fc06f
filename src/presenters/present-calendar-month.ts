import { z } from 'zod';
import { BusinessCalendar, parseInstant } from '../domain/calendar/index.js';
import type { TCalendarSpec } from '../domain/calendar/types.js';
import type { TCentre } from '../domain/packs/schema-calendar.js';

export const ZCalendarMonthView = z
  .object({
    centre: z.string(),
    name: z.string(),
    timezone: z.string(),
    month: z.string(),
    placeholder: z.boolean(),
    open: z
      .array(z.object({ from: z.string(), to: z.string() }))
      .describe('Open intervals [from, to), local ISO'),
    holidays: z.array(z.object({ date: z.string(), name: z.string() })),
    closures: z.array(
      z.object({ date: z.string(), from: z.string(), to: z.string(), reason: z.string().optional() }),
    ),
  })
  .meta({ id: 'CalendarMonth' });
export type TCalendarMonthView = z.infer<typeof ZCalendarMonthView>;

const MINUTE = 60_000;

/** A centre's calendar for one month (YYYY-MM): open intervals, holidays and closures, for a month view. */
export function presentCalendarMonth(centre: TCentre, month: string): TCalendarMonthView {
  const calendar = BusinessCalendar.fromSpec(centre.calendar as TCalendarSpec);
  const zone = centre.calendar.timezone;
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const next = monthNumber === 12 ? `${year + 1}-01` : `${year}-${String(monthNumber + 1).padStart(2, '0')}`;
  const start = parseInstant(`${month}-01T00:00:00`, zone);
  const end = parseInstant(`${next}-01T00:00:00`, zone);
  const open: { from: string; to: string }[] = [];
  let cursor = start;
  while (cursor < end) {
    const opening = calendar.nextOpen(cursor);
    if (opening >= end) break;
    let closing = opening + MINUTE;
    while (closing < end && calendar.isOpen(closing)) closing += MINUTE;
    open.push({ from: calendar.formatLocal(opening), to: calendar.formatLocal(Math.min(closing, end)) });
    cursor = closing;
  }
  return {
    centre: centre.id,
    name: centre.name,
    timezone: zone,
    month,
    placeholder: centre.placeholder,
    open,
    holidays: calendar.holidaysBetween(start, end),
    closures: calendar.closuresBetween(start, end).map((closure) => ({
      date: closure.date,
      from: closure.from,
      to: closure.to,
      ...(closure.reason ? { reason: closure.reason } : {}),
    })),
  };
}
