import { findDue, measureClock, type TClock } from '../sla/clock-time.js';

/** The SLA-relevant state of one running milestone. */
export type TMilestoneClockState = {
  due: number;
  /** Clock time (business or elapsed, per the milestone's clock) spent paused so far. */
  pausedMs: number;
};

/**
 * Ends a pause that ran from `pausedAt` to `resumedAt`: the time paused is counted on the
 * milestone's own clock (business time of its centre's calendar, or elapsed time), added to
 * `pausedMs`, and the due instant moves so the remaining clock time at the pause is still
 * remaining at the resume. A milestone already overdue when paused does not move.
 */
export function resumeMilestone(
  clock: TClock,
  state: TMilestoneClockState,
  pausedAt: number,
  resumedAt: number,
): TMilestoneClockState {
  if (resumedAt <= pausedAt) return state;
  const paused = measureClock(clock, pausedAt, resumedAt);
  if (state.due <= pausedAt) return { due: state.due, pausedMs: state.pausedMs + paused };
  const remaining = measureClock(clock, pausedAt, state.due);
  const due = remaining === 0 ? state.due : findDue(clock, resumedAt, remaining, [], resumedAt);
  return { due: Math.max(due, state.due), pausedMs: state.pausedMs + paused };
}
