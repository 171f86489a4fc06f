import { type TInstant, toEpochMs } from './format-time.js';

/** ok: more than the warning share of the window left; at_risk: less; breached: due has passed. */
export type TBreachRisk = 'ok' | 'at_risk' | 'breached';

export type TBreachAssessment = {
  risk: TBreachRisk;
  /** Milliseconds until due; negative once breached. */
  remainingMs: number;
  /** Share of the window (start → due) still left, 0..1; undefined when the start is unknown. */
  fractionLeft: number | undefined;
};

/** Amber once 25% or less of the window is left. */
export const atRiskFraction = 0.25;
/** Without a known start, amber in the last hour. */
export const atRiskFallbackMs = 60 * 60 * 1000;

/**
 * How close a milestone is to breach at `now`. The window runs from `start` (e.g. when the case
 * was opened or re-timed) to `due`. A due time equal to now counts as breached.
 */
export function assessBreachRisk(input: {
  due: TInstant;
  now: TInstant;
  start?: TInstant;
}): TBreachAssessment {
  const due = toEpochMs(input.due);
  const now = toEpochMs(input.now);
  const remainingMs = due - now;
  const start = input.start === undefined ? undefined : toEpochMs(input.start);
  const windowMs = start === undefined ? undefined : due - start;
  const fractionLeft =
    windowMs === undefined || windowMs <= 0 ? undefined : Math.min(1, Math.max(0, remainingMs / windowMs));

  if (remainingMs <= 0)
    return { risk: 'breached', remainingMs, fractionLeft: start === undefined ? undefined : 0 };
  if (fractionLeft !== undefined) {
    return { risk: fractionLeft > atRiskFraction ? 'ok' : 'at_risk', remainingMs, fractionLeft };
  }
  return { risk: remainingMs > atRiskFallbackMs ? 'ok' : 'at_risk', remainingMs, fractionLeft };
}
