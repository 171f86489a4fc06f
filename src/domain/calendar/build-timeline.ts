import type { TCompiledSpec } from './compile-spec.js';
import { getHolidaySetYear } from './holiday-sets.js';
import { dayFromCivil, MS_PER_DAY, weekdayIndexOfDay } from './local-date.js';
import type { TZoneOffsets } from './zone-offsets.js';

/**
 * The open intervals of a calendar over local years [firstYear, lastYear], as sorted numeric arrays:
 * interval i is [starts[i], ends[i]) in epoch ms, and cum[i] is the open time before it (cum has one
 * more entry: cum[n] is the total). Adjacent intervals (e.g. 22:00–24:00 and 00:00–06:00) are merged.
 */
export type TTimeline = {
  firstYear: number;
  lastYear: number;
  rangeStart: number;
  rangeEnd: number;
  count: number;
  starts: Float64Array;
  ends: Float64Array;
  cum: Float64Array;
  /** bucket[k] = index of the last interval starting at or before rangeStart + k days (or -1): a
   * starting point for searches, so finding an instant's interval is O(1) instead of a binary search. */
  bucket: Int32Array;
};

/** Local wall-time intervals of one day (flat pairs, ms of day): weekly hours, minus holidays, plus
 * extra openings, minus closures — in that order, so an extra opening can open a holiday and a
 * closure always wins. */
export function buildDayIntervals(spec: TCompiledSpec, day: number, isHoliday: boolean): readonly number[] {
  let intervals: readonly number[] = isHoliday ? [] : spec.weekly[weekdayIndexOfDay(day)]!;
  const opening = spec.openings.get(day);
  if (opening) intervals = unionIntervals(intervals, opening);
  const closures = spec.closures.get(day);
  if (closures)
    for (const closure of closures) intervals = removeInterval(intervals, closure.from, closure.to);
  return intervals;
}

export function isHolidayDay(spec: TCompiledSpec, day: number, year: number): boolean {
  if (spec.explicitHolidays.has(day)) return true;
  for (const set of spec.holidaySets) if (getHolidaySetYear(set, year).has(day)) return true;
  return false;
}

export function buildTimeline(
  spec: TCompiledSpec,
  zone: TZoneOffsets,
  firstYear: number,
  lastYear: number,
): TTimeline {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let year = firstYear; year <= lastYear; year++) {
    const yearEnd = dayFromCivil(year + 1, 1, 1);
    for (let day = dayFromCivil(year, 1, 1); day < yearEnd; day++) {
      const intervals = buildDayIntervals(spec, day, isHolidayDay(spec, day, year));
      const midnight = day * MS_PER_DAY;
      for (let k = 0; k < intervals.length; k += 2) {
        const start = zone.localToUtc(midnight + intervals[k]!);
        const end = zone.localToUtc(midnight + intervals[k + 1]!);
        if (end <= start) continue; // wholly inside a DST gap
        const last = ends.length - 1;
        if (last >= 0 && start <= ends[last]!) {
          starts[last] = Math.min(starts[last]!, start);
          ends[last] = Math.max(ends[last]!, end);
        } else {
          starts.push(start);
          ends.push(end);
        }
      }
    }
  }
  const cum = new Float64Array(starts.length + 1);
  for (let i = 0; i < starts.length; i++) cum[i + 1] = cum[i]! + (ends[i]! - starts[i]!);
  const rangeStart = zone.localToUtc(dayFromCivil(firstYear, 1, 1) * MS_PER_DAY);
  const rangeEnd = zone.localToUtc(dayFromCivil(lastYear + 1, 1, 1) * MS_PER_DAY);
  const bucket = new Int32Array(Math.ceil((rangeEnd - rangeStart) / MS_PER_DAY) + 1);
  for (let k = 0, i = -1; k < bucket.length; k++) {
    const at = rangeStart + k * MS_PER_DAY;
    while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
    bucket[k] = i;
  }
  return {
    firstYear,
    lastYear,
    rangeStart,
    rangeEnd,
    count: starts.length,
    starts: Float64Array.from(starts),
    ends: Float64Array.from(ends),
    cum,
    bucket,
  };
}

function unionIntervals(a: readonly number[], b: readonly number[]): number[] {
  const pairs: [number, number][] = [];
  for (let k = 0; k < a.length; k += 2) pairs.push([a[k]!, a[k + 1]!]);
  for (let k = 0; k < b.length; k += 2) pairs.push([b[k]!, b[k + 1]!]);
  pairs.sort((x, y) => x[0] - y[0]);
  const flat: number[] = [];
  for (const [open, close] of pairs) {
    const last = flat.length - 1;
    if (last > 0 && open <= flat[last]!) flat[last] = Math.max(flat[last]!, close);
    else flat.push(open, close);
  }
  return flat;
}

function removeInterval(intervals: readonly number[], from: number, to: number): number[] {
  const flat: number[] = [];
  for (let k = 0; k < intervals.length; k += 2) {
    const open = intervals[k]!;
    const close = intervals[k + 1]!;
    if (close <= from || open >= to) {
      flat.push(open, close);
      continue;
    }
    if (open < from) flat.push(open, from);
    if (close > to) flat.push(to, close);
  }
  return flat;
}
