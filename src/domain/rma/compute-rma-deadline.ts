import type { BusinessCalendar } from '../calendar/index.js';
import type { TPolicy } from '../packs/schema.js';
import type { TCentre } from '../packs/schema-calendar.js';
import type { TSource } from '../packs/schema-common.js';
import { citeSource } from '../sla/cite.js';
import { describeInstant, offsetAt } from '../sla/local-time.js';
import type { TRmaDeadline } from './types.js';

export type TDeadlineSpec = {
  name: TRmaDeadline['name'];
  /** Plain words for the start event, e.g. "the defective unit was received". */
  startWhat: string;
  start: number;
  days: number;
  source: TSource;
  /** When the awaited event happened (shipment / return), if it did. */
  doneAt?: number;
  doneWhat: string;
  asOf?: number;
};

/**
 * H1 / T5: due = the same local clock time on the n-th open day of the owning centre's calendar after the
 * start (a start outside hours counts from the next opening). The explanation says why this date.
 */
export function computeRmaDeadline(
  policy: TPolicy,
  centre: TCentre,
  calendar: BusinessCalendar,
  spec: TDeadlineSpec,
): TRmaDeadline {
  const zone = centre.calendar.timezone;
  const due = calendar.addBusinessDays(spec.start, spec.days);
  const counted = calendar.nextOpen(spec.start);
  const lines: string[] = [];
  const plain: string[] = [];
  const push = (text: string, cite?: string) => {
    plain.push(text);
    lines.push(cite ? `${text.replace(/\.$/, '')} (${cite}).` : text);
  };
  push(`Starts when ${spec.startWhat}: ${describeInstant(spec.start, zone)}.`);
  if (counted !== spec.start) {
    push(
      `That is outside the business hours of the ${centre.name}, so the count starts at its next opening: ${describeInstant(counted, zone)}.`,
      'T5',
    );
  }
  const holidays = calendar.holidaysBetween(counted, due);
  const closedWeekdays = countClosedDays(calendar, counted, due) - holidays.length;
  const skipped: string[] = [];
  if (closedWeekdays > 0) skipped.push(`${closedWeekdays} weekend day(s)`);
  if (holidays.length > 0) skipped.push(`holidays ${holidays.map((h) => `${h.date} ${h.name}`).join(', ')}`);
  push(
    `${spec.days} business day(s) on the ${centre.name} calendar (${zone})${skipped.length > 0 ? `, skipping ${skipped.join(' and ')}` : ''}.`,
    `${citeSource(policy, spec.source)}; reading T5 on the owning centre's calendar`,
  );
  const before = offsetAt(counted, zone);
  const after = offsetAt(due, zone);
  if (before !== after) {
    push(
      `The clocks change in between (${before} → ${after}); the due time keeps the local clock time, so it is ${Math.abs(offsetHours(after) - offsetHours(before))} hour(s) nearer or further in elapsed time.`,
    );
  }
  push(`Due ${describeInstant(due, zone)}: the same local time on the ${ordinal(spec.days)} open day.`);
  let met: boolean | null = null;
  if (spec.doneAt !== undefined) {
    met = spec.doneAt <= due;
    push(`${spec.doneWhat} ${describeInstant(spec.doneAt, zone)}: ${met ? 'on time' : 'late'}.`, 'T7');
  } else if (spec.asOf !== undefined && spec.asOf > due) {
    met = false;
    push(`Not yet done at ${describeInstant(spec.asOf, zone)}: overdue.`);
  }
  return {
    name: spec.name,
    due,
    met,
    done: spec.doneAt !== undefined,
    explanation: lines,
    plainExplanation: plain,
  };
}

function countClosedDays(calendar: BusinessCalendar, a: number, b: number): number {
  const zone = calendar.zone;
  let count = 0;
  const dayMs = 86_400_000;
  const startDay = Math.floor(zone.utcToLocal(a) / dayMs);
  const endDay = Math.floor(zone.utcToLocal(b) / dayMs);
  for (let day = startDay + 1; day < endDay; day++) {
    const open = calendar.elapsed(zone.localToUtc(day * dayMs), zone.localToUtc((day + 1) * dayMs));
    if (open === 0) count++;
  }
  return count;
}

function offsetHours(text: string): number {
  const m = /GMT([+-])(\d+)(?::(\d+))?/.exec(text);
  if (!m) return 0;
  return (m[1] === '-' ? -1 : 1) * (Number(m[2]) + Number(m[3] ?? 0) / 60);
}

function ordinal(n: number): string {
  const suffix =
    n % 10 === 1 && n % 100 !== 11
      ? 'st'
      : n % 10 === 2 && n % 100 !== 12
        ? 'nd'
        : n % 10 === 3 && n % 100 !== 13
          ? 'rd'
          : 'th';
  return `${n}${suffix}`;
}
