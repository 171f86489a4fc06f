import { BusinessCalendar } from '../../domain/calendar/index.js';
import type { TCalendarSpec } from '../../domain/calendar/types.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import type { TClock } from '../../domain/sla/clock-time.js';
import { AppError } from '../../lib/app-error.js';

const cache = new WeakMap<TPolicy, Map<string, BusinessCalendar>>();

/** The business calendar of a pack centre (with its closures), built once per pack and centre. */
export function centreCalendar(policy: TPolicy, centreId: string): BusinessCalendar {
  let byCentre = cache.get(policy);
  if (!byCentre) {
    byCentre = new Map();
    cache.set(policy, byCentre);
  }
  let calendar = byCentre.get(centreId);
  if (!calendar) {
    const centre = policy.centres.find((candidate) => candidate.id === centreId);
    if (!centre) throw new AppError('case.unknown_centre', `Pack ${policy.id} has no centre ${centreId}`);
    calendar = BusinessCalendar.fromSpec(centre.calendar as TCalendarSpec);
    byCentre.set(centreId, calendar);
  }
  return calendar;
}

/** Every centre calendar of a pack, by centre id (follow-the-sun). */
export function centreCalendars(policy: TPolicy): Map<string, BusinessCalendar> {
  return new Map(policy.centres.map((centre) => [centre.id, centreCalendar(policy, centre.id)]));
}

/** The clock of a stored milestone: `timing.clock` on the case centre's calendar. */
export function milestoneClock(
  policy: TPolicy,
  centreId: string,
  timing: unknown,
): { clock: TClock; start: number } | null {
  if (!timing || typeof timing !== 'object') return null;
  const { start, clock } = timing as { start?: unknown; clock?: unknown };
  if (typeof start !== 'number' || (clock !== 'business' && clock !== 'elapsed')) return null;
  return { clock: { kind: clock, calendar: centreCalendar(policy, centreId) }, start };
}
