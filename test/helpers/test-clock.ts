import { performance } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import type { TClock } from '../../src/lib/clock.js';

/** Wednesday 2 December 2026, 14:00 UTC: the US (Central) and EMEA centres are both open. */
export const defaultTestNow = '2026-12-02T14:00:00Z';

let base: Date | undefined;

/**
 * The instant tests treat as "now": `AFTERCARE_TEST_NOW` when set (`.ci/run` runs the time-dependent
 * suites at several such instants), otherwise `defaultTestNow`. Tests derive what they expect from this
 * instant through the domain (is the centre open?), never from the machine's time of day.
 */
export function testNow(): Date {
  base ??= new Date(loadConfig().AFTERCARE_TEST_NOW ?? defaultTestNow);
  return new Date(base.getTime());
}

/**
 * A clock that starts at `start` and runs at real speed (monotonic time, not the wall clock), for a
 * server a real browser talks to: sessions, ids and "minutes ago" advance as the test clicks.
 */
export function createRunningClock(start: Date = testNow()): TClock {
  const startedAt = performance.now();
  return () => new Date(start.getTime() + Math.floor(performance.now() - startedAt));
}

export type TManualClock = TClock & { set: (at: Date) => void; advance: (ms: number) => void };

/** A clock that stands still until the test moves it. */
export function createManualClock(start: Date = testNow()): TManualClock {
  let current = start.getTime();
  const clock = (() => new Date(current)) as TManualClock;
  clock.set = (at) => {
    current = at.getTime();
  };
  clock.advance = (ms) => {
    current += ms;
  };
  return clock;
}
