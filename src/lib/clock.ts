/**
 * The one place that reads the wall clock. Everything else takes `now: Date` from its caller
 * (commands, jobs, domain) or a `TClock` (the server, the worker), so tests can fix or drive time.
 */
export type TClock = () => Date;

/** The real time. Only entry points (server, worker, CLI) use it; tests pass their own clock. */
export const systemClock: TClock = () => new Date();

/** Milliseconds since the epoch, from the given clock (the system clock unless told). */
export function currentTimeMs(clock: TClock = systemClock): number {
  return clock().getTime();
}
