import type { BusinessCalendar } from '../calendar/index.js';

/** A milestone clock: business time on a centre calendar, or elapsed time around the clock. */
export type TClock = { kind: 'business' | 'elapsed'; calendar: BusinessCalendar };
/** A paused interval of a case; `to: null` = still paused. */
export type TPause = { from: number; to: number | null };

/** Clock time (ms) between a and b; 0 when b <= a. */
export function measureClock(clock: TClock, a: number, b: number): number {
  if (b <= a) return 0;
  return clock.kind === 'elapsed' ? b - a : clock.calendar.elapsed(a, b);
}

/** Clock time between a and b that is not inside a pause (`now` closes open pauses). */
export function measureActive(
  clock: TClock,
  a: number,
  b: number,
  pauses: readonly TPause[],
  now: number,
): number {
  let total = measureClock(clock, a, b);
  for (const pause of pauses) {
    const from = Math.max(a, pause.from);
    const to = Math.min(b, pause.to ?? now);
    total -= measureClock(clock, from, to);
  }
  return Math.max(0, total);
}

/**
 * The earliest instant at which `amount` of clock time has run from `start`, not counting pauses
 * (T4: earliest instant). Open pauses (to: null) are treated as resuming at `now`.
 */
export function findDue(
  clock: TClock,
  start: number,
  amount: number,
  pauses: readonly TPause[],
  now: number,
): number {
  let cursor = start;
  let remaining = amount;
  const sorted = [...pauses].sort((x, y) => x.from - y.from);
  for (const pause of sorted) {
    const pauseEnd = pause.to ?? Math.max(now, pause.from);
    if (pauseEnd <= cursor) continue;
    if (pause.from > cursor) {
      const available = measureClock(clock, cursor, pause.from);
      if (available >= remaining) return advance(clock, cursor, remaining);
      remaining -= available;
    }
    cursor = Math.max(cursor, pauseEnd);
  }
  return advance(clock, cursor, remaining);
}

function advance(clock: TClock, from: number, amount: number): number {
  if (clock.kind === 'elapsed') return from + amount;
  return clock.calendar.addEarliest(from, { milliseconds: amount });
}
