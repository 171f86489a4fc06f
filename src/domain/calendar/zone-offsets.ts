import { AppError } from '../../lib/app-error.js';
import { dayFromCivil, MS_PER_DAY } from './local-date.js';

/**
 * UTC offsets of one IANA zone, from the platform's Intl data. Transitions are found once per UTC year
 * (daily samples, then a binary search to the millisecond) and cached per zone for the whole process,
 * so building calendars and converting instants never calls Intl in a hot loop.
 */
export type TZoneOffsets = {
  readonly timezone: string;
  /** Offset (ms, local − UTC) in force at `epoch`. */
  offsetAt(epoch: number): number;
  /** Local wall time (ms, as if UTC) → instant. A time in a DST gap moves forward by the gap; an
   * ambiguous time takes the earlier offset, i.e. the earlier instant. */
  localToUtc(wall: number): number;
  /** Instant → local wall time (ms, as if UTC). */
  utcToLocal(epoch: number): number;
};

const zones = new Map<string, TZoneOffsets>();

/** The cached offsets of `timezone`; AppError('calendar.unknown_timezone') if Intl does not know it. */
export function getZoneOffsets(timezone: string): TZoneOffsets {
  let zone = zones.get(timezone);
  if (!zone) {
    zone = createZoneOffsets(timezone);
    zones.set(timezone, zone);
  }
  return zone;
}

export function isKnownTimezone(timezone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: timezone });
    return true;
  } catch {
    return false;
  }
}

function createZoneOffsets(timezone: string): TZoneOffsets {
  if (typeof timezone !== 'string' || timezone === '' || !isKnownTimezone(timezone)) {
    throw new AppError('calendar.unknown_timezone', `timezone: '${timezone}' is not a known IANA time zone`, [
      { field: 'timezone', message: 'unknown IANA time zone' },
    ]);
  }
  const formatter = new Intl.DateTimeFormat('en-US', {
    timeZone: timezone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const rawOffset = (epoch: number): number => {
    const whole = Math.floor(epoch / 1000) * 1000;
    const text = formatter.format(whole); // "3/8/2026, 02:00:00"
    const match = /^(\d+)\/(\d+)\/(\d+),? (\d+):(\d+):(\d+)/.exec(text);
    if (!match) throw new AppError('calendar.unknown_timezone', `cannot read offsets of '${timezone}'`);
    const wall =
      dayFromCivil(Number(match[3]), Number(match[1]), Number(match[2])) * MS_PER_DAY +
      ((Number(match[4]) * 60 + Number(match[5])) * 60 + Number(match[6])) * 1000;
    return wall - whole;
  };

  // Covered UTC range [coverStart, coverEnd): offsets[0] applies before at[0], offsets[k+1] from at[k].
  let coverStart = 0;
  let coverEnd = 0;
  let at: number[] = [];
  let offsets: number[] = [];

  const scan = (from: number, to: number): { at: number[]; offsets: number[] } => {
    const found = { at: [] as number[], offsets: [rawOffset(from)] };
    let previous = from;
    let previousOffset = found.offsets[0]!;
    for (let sample = from + MS_PER_DAY; ; sample += MS_PER_DAY) {
      const probe = Math.min(sample, to);
      const offset = rawOffset(probe);
      if (offset !== previousOffset) {
        let low = previous; // offset here is previousOffset
        let high = probe; // offset here differs
        while (high - low > 1) {
          const middle = Math.floor((low + high) / 2);
          if (rawOffset(middle) === previousOffset) low = middle;
          else high = middle;
        }
        found.at.push(high);
        found.offsets.push(rawOffset(high));
        previousOffset = found.offsets[found.offsets.length - 1]!;
      }
      previous = probe;
      if (probe >= to) break;
    }
    return found;
  };

  const cover = (epoch: number): void => {
    const year = new Date(epoch).getUTCFullYear();
    const from = Date.UTC(year - 1, 0, 1);
    const to = Date.UTC(year + 2, 0, 1);
    if (coverEnd === coverStart) {
      const found = scan(from, to);
      ({ at, offsets } = found);
      coverStart = from;
      coverEnd = to;
      return;
    }
    // A scan's last probe is at `to` itself, so seams always agree: the old first offset is the new
    // scan's last one, and the old last offset is the new scan's first one.
    if (from < coverStart) {
      const found = scan(from, coverStart);
      at = [...found.at, ...at];
      offsets = [...found.offsets, ...offsets.slice(1)];
      coverStart = from;
    }
    if (to > coverEnd) {
      const found = scan(coverEnd, to);
      at.push(...found.at);
      offsets.push(...found.offsets.slice(1));
      coverEnd = to;
    }
  };

  const offsetAt = (epoch: number): number => {
    if (epoch < coverStart || epoch >= coverEnd) cover(epoch);
    let low = 0;
    let high = at.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (at[middle]! <= epoch) low = middle + 1;
      else high = middle;
    }
    return offsets[low]!;
  };

  return {
    timezone,
    offsetAt,
    utcToLocal: (epoch) => epoch + offsetAt(epoch),
    localToUtc: (wall) => {
      const before = offsetAt(wall - MS_PER_DAY);
      const after = offsetAt(wall + MS_PER_DAY);
      const early = wall - before;
      const late = wall - after;
      const earlyValid = offsetAt(early) === before;
      const lateValid = offsetAt(late) === after;
      if (earlyValid && lateValid) return Math.min(early, late);
      if (earlyValid) return early;
      if (lateValid) return late;
      return early; // in a gap: the offset before the gap moves the time forward by the gap
    },
  };
}
