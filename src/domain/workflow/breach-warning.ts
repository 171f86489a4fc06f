import { measureClock, type TClock } from '../sla/clock-time.js';

/**
 * The instant at which `threshold` of a milestone's target has been used: the target is the clock
 * time from `start` to `due` minus the time spent paused, and the warning falls where
 * (1 − threshold) of it is left before `due`, counted on the milestone's clock.
 */
export function warningInstant(
  clock: TClock,
  input: { start: number; due: number; pausedMs: number; threshold: number },
): number {
  const { start, due, pausedMs, threshold } = input;
  if (threshold <= 0) return start;
  if (threshold >= 1 || due <= start) return due;
  const target = Math.max(0, measureClock(clock, start, due) - pausedMs);
  const left = Math.round(target * (1 - threshold));
  if (left === 0) return due;
  if (clock.kind === 'elapsed') return due - left;
  return clock.calendar.subtract(due, { milliseconds: left });
}

export type TMilestoneAlarm = 'warning' | 'breach';

/** What is due for a milestone at `now`: a breach first, else a warning, else nothing. */
export function dueAlarm(
  milestone: {
    due: number | null;
    warnAt: number | null;
    metAt: number | null;
    warnedAt: number | null;
    breachedAt: number | null;
  },
  now: number,
): TMilestoneAlarm | null {
  if (milestone.due === null || milestone.metAt !== null) return null;
  if (milestone.breachedAt === null && milestone.due < now) return 'breach';
  if (
    milestone.breachedAt === null &&
    milestone.warnedAt === null &&
    milestone.warnAt !== null &&
    milestone.warnAt <= now
  ) {
    return 'warning';
  }
  return null;
}
