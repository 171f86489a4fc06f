import type { TTimeline } from './build-timeline.js';
import { MS_PER_DAY } from './local-date.js';

/** Searches over a TTimeline. "Business position" B of an instant = open time from the start of the
 * timeline's range up to that instant. Allocation-free; O(1) via the day buckets for instants in range
 * and for nearby targets, O(log n) binary search otherwise. */

const SCAN_LIMIT = 8;

/** Index of the last interval whose start is at or before `t`, or -1. */
export function findIntervalIndex(timeline: TTimeline, t: number): number {
  const starts = timeline.starts;
  const k = Math.floor((t - timeline.rangeStart) / MS_PER_DAY);
  if (k >= 0 && k < timeline.bucket.length) {
    let i = timeline.bucket[k]!;
    const count = timeline.count;
    for (let steps = 0; steps < SCAN_LIMIT; steps++) {
      if (i + 1 < count && starts[i + 1]! <= t) i++;
      else return i;
    }
  }
  let low = 0;
  let high = timeline.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (starts[middle]! <= t) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}

/** Open time in [rangeStart, t). */
export function measureBusinessBefore(
  timeline: TTimeline,
  t: number,
  i = findIntervalIndex(timeline, t),
): number {
  if (i < 0) return 0;
  const end = timeline.ends[i]!;
  const start = timeline.starts[i]!;
  return timeline.cum[i]! + (t < end ? t - start : end - start);
}

/** The latest instant whose business position is `position` (0 ≤ position < total): a position that
 * falls exactly on a close resolves to the next opening. */
export function locateLatest(timeline: TTimeline, position: number, hint = 0): number {
  const cum = timeline.cum;
  // Nearby targets (the usual case) are found by scanning forward from the hint interval.
  let j = Math.max(hint, 0);
  if (j < timeline.count && cum[j]! <= position) {
    for (let steps = 0; steps < SCAN_LIMIT && j < timeline.count; steps++, j++) {
      if (cum[j + 1]! > position) return timeline.starts[j]! + (position - cum[j]!);
    }
  }
  let low = 1;
  let high = timeline.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cum[middle]! > position) high = middle;
    else low = middle + 1;
  }
  const found = low - 1;
  return timeline.starts[found]! + (position - cum[found]!);
}

/** The earliest instant whose business position is `position` (0 < position ≤ total): a position that
 * falls exactly on an opening resolves to the previous close. */
export function locateEarliest(timeline: TTimeline, position: number, hint = timeline.count - 1): number {
  const cum = timeline.cum;
  // Nearby targets are found by scanning backward from the hint interval.
  let j = hint >= timeline.count ? timeline.count - 1 : hint;
  if (j >= 0 && cum[j + 1]! >= position) {
    for (let steps = 0; steps < SCAN_LIMIT && j >= 0; steps++, j--) {
      if (cum[j]! < position) return timeline.starts[j]! + (position - cum[j]!);
    }
  }
  let low = 0;
  let high = timeline.count;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (cum[middle]! < position) low = middle + 1;
    else high = middle;
  }
  const found = low - 1;
  return timeline.starts[found]! + (position - cum[found]!);
}

/** The latest instant whose business position is `position` (0 ≤ position < total), scanning backward
 * from the hint interval (for subtract): a position that falls exactly on a close resolves to the next
 * opening, so a subtraction that runs out exactly at an opening returns that opening. */
export function locateLatestBackward(
  timeline: TTimeline,
  position: number,
  hint = timeline.count - 1,
): number {
  const cum = timeline.cum;
  let j = hint >= timeline.count ? timeline.count - 1 : hint;
  if (j >= 0 && cum[j + 1]! > position) {
    for (let steps = 0; steps < SCAN_LIMIT && j >= 0; steps++, j--) {
      if (cum[j]! <= position) return timeline.starts[j]! + (position - cum[j]!);
    }
  }
  return locateLatest(timeline, position, timeline.count);
}
