import { AppError } from '../../lib/app-error.js';
import { buildTimeline, type TTimeline } from './build-timeline.js';
import { addOpenDays, subtractOpenDays } from './business-days.js';
import { compileSpec, type TCompiledSpec } from './compile-spec.js';
import {
  listClosuresBetween,
  listHolidaysBetween,
  type TClosureSpan,
  type THolidayOnDate,
} from './explain-calendar.js';
import { MS_PER_DAY, yearOfDay } from './local-date.js';
import { readDuration } from './read-duration.js';
import {
  findIntervalIndex,
  locateEarliest,
  locateLatest,
  locateLatestBackward,
  measureBusinessBefore,
} from './timeline-search.js';
import type { TCalendarSpec, TDuration } from './types.js';
import { getZoneOffsets, type TZoneOffsets } from './zone-offsets.js';

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2400;

const EMPTY: TTimeline = {
  firstYear: 0,
  lastYear: -1,
  rangeStart: 0,
  rangeEnd: 0,
  count: 0,
  starts: new Float64Array(0),
  ends: new Float64Array(0),
  cum: new Float64Array(1),
  bucket: new Int32Array(0),
};

const ALWAYS_HOURS = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } as Record<
  string,
  [string, string][]
>;
for (const day of Object.keys(ALWAYS_HOURS)) ALWAYS_HOURS[day] = [['00:00', '24:00']];

/**
 * Business-time arithmetic on one calendar (DESIGN.md stable interface 1). Instants are epoch ms.
 * Open intervals are precomputed per local year as sorted arrays with prefix sums (extended lazily, in
 * both directions, up to years 1900–2400), so every operation is a couple of binary searches.
 * Conventions: intervals are [open, close); see docs/calendar.md.
 */
export class BusinessCalendar {
  readonly timezone: string;
  readonly zone: TZoneOffsets;
  readonly spec: TCompiledSpec;
  private timeline: TTimeline = EMPTY;

  private constructor(spec: TCompiledSpec) {
    this.spec = spec;
    this.timezone = spec.timezone;
    this.zone = getZoneOffsets(spec.timezone);
  }

  /** Validates `spec`; AppError('calendar.invalid_spec' | 'calendar.unknown_timezone') naming the field. */
  static fromSpec(spec: TCalendarSpec): BusinessCalendar {
    return new BusinessCalendar(compileSpec(spec));
  }

  /** A calendar open around the clock (24x7), for elapsed-time clocks (POLICY-READINGS T6). */
  static always(timezone = 'UTC'): BusinessCalendar {
    return BusinessCalendar.fromSpec({ timezone, hours: ALWAYS_HOURS });
  }

  /** The latest instant after which `duration` of open time has passed since `t`: running out exactly
   * at a close gives the next opening; `add(t, 0)` is the next opening at/after t. A number is ms.
   * Days: the same local time on the n-th open day after t's local date, then snapped into hours
   * (Sat 10:13 + 1 day = Mon 10:13); see addBusinessDays for the SLA reading (T5). */
  add(t: number, duration: TDuration | number): number {
    if (typeof duration === 'number' && duration >= 0 && duration <= Number.MAX_SAFE_INTEGER) {
      return this.addMilliseconds(t, Math.round(duration));
    }
    const read = readDuration(duration);
    return read.unit === 'ms' ? this.addMilliseconds(t, read.ms) : addOpenDays(this, t, read.days);
  }

  /** Like add, but the EARLIEST instant at which the open time is used up (POLICY-READINGS T4):
   * Mon 17:00 + 2h on a 07:00–19:00 calendar is Mon 19:00. Zero is the next opening; days as add. */
  addEarliest(t: number, duration: TDuration | number): number {
    const read = readDuration(duration);
    if (read.unit === 'days') return addOpenDays(this, t, read.days);
    if (read.ms === 0) return this.addMilliseconds(t, 0);
    for (;;) {
      const timeline = this.cover(t);
      const i = findIntervalIndex(timeline, t);
      const position = measureBusinessBefore(timeline, t, i) + read.ms;
      if (position <= timeline.cum[timeline.count]!) return locateEarliest(timeline, position);
      this.extendForward(position - timeline.cum[timeline.count]!);
    }
  }

  /** The latest instant from which `duration` of open time reaches `t` (biz): running out exactly at
   * an opening gives that opening (09:00, not the previous close); `subtract(t, 0)` = prevClose(t).
   * Days: the same local time n open days before t's local date, snapped back into hours. */
  subtract(t: number, duration: TDuration | number): number {
    const read = readDuration(duration);
    if (read.unit === 'days') return subtractOpenDays(this, t, read.days);
    if (read.ms === 0) return this.prevClose(t);
    for (;;) {
      const timeline = this.cover(t);
      const i = findIntervalIndex(timeline, t);
      const position = measureBusinessBefore(timeline, t, i) - read.ms;
      if (position >= 0) return locateLatestBackward(timeline, position, i);
      this.extendBackward(-position);
    }
  }

  /** POLICY-READINGS T5 (SLA and RMA due times): a start outside hours counts from the next opening,
   * then the same local clock time on the n-th open day after, snapped into hours. Differs from
   * add(t, {days: n}) only for a start outside hours (Sat 10:13 + 1 day: Tue 09:00 here, Mon 10:13 there). */
  addBusinessDays(t: number, days: number): number {
    return this.add(this.nextOpen(t), { days });
  }

  /** Mirror of addBusinessDays: counts back from the previous close at/before t. */
  subtractBusinessDays(t: number, days: number): number {
    return this.subtract(this.prevClose(t), { days });
  }

  /** Open time in [a, b) in ms; 0 when b ≤ a. */
  elapsed(a: number, b: number): number {
    this.cover(a);
    const timeline = this.cover(b);
    if (!(b > a)) return 0;
    return measureBusinessBefore(timeline, b) - measureBusinessBefore(timeline, a);
  }

  isOpen(t: number): boolean {
    const timeline = this.cover(t);
    const i = findIntervalIndex(timeline, t);
    return i >= 0 && t < timeline.ends[i]!;
  }

  /** t when open, else the next opening. */
  nextOpen(t: number): number {
    return this.addMilliseconds(t, 0);
  }

  /** t when within [open, close], else the previous close. */
  prevClose(t: number): number {
    for (;;) {
      const timeline = this.cover(t);
      const i = findIntervalIndex(timeline, t);
      if (i >= 0) return Math.min(t, timeline.ends[i]!);
      this.extendBackward(0);
    }
  }

  holidaysBetween(a: number, b: number): THolidayOnDate[] {
    return listHolidaysBetween(this.spec, this.zone, a, b);
  }

  closuresBetween(a: number, b: number): TClosureSpan[] {
    return listClosuresBetween(this.spec, this.zone, a, b);
  }

  /** Precomputes local years [firstYear, lastYear] (otherwise done lazily on first use). */
  prepareYears(firstYear: number, lastYear: number): void {
    const timeline = this.timeline;
    const first = timeline === EMPTY ? firstYear : Math.min(firstYear, timeline.firstYear);
    const last = timeline === EMPTY ? lastYear : Math.max(lastYear, timeline.lastYear);
    if (first < MIN_YEAR || last > MAX_YEAR || first > last) {
      throw new AppError('calendar.out_of_range', `years must lie within ${MIN_YEAR}–${MAX_YEAR}`);
    }
    if (timeline === EMPTY || first < timeline.firstYear || last > timeline.lastYear) {
      this.timeline = buildTimeline(this.spec, this.zone, first, last);
    }
  }

  /** The instant as local ISO-8601 with the zone's offset, e.g. 2026-03-02T09:00:00-05:00. */
  formatLocal(t: number): string {
    const offset = this.zone.offsetAt(t);
    const local = new Date(t + offset).toISOString().slice(0, 19);
    const sign = offset < 0 ? '-' : '+';
    const minutes = Math.round(Math.abs(offset) / 60_000);
    const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
    const mm = String(minutes % 60).padStart(2, '0');
    return `${local}${sign}${hh}:${mm}`;
  }

  private addMilliseconds(t: number, ms: number): number {
    for (;;) {
      const timeline = this.cover(t);
      const i = findIntervalIndex(timeline, t);
      const position = measureBusinessBefore(timeline, t, i) + ms;
      if (position < timeline.cum[timeline.count]!) return locateLatest(timeline, position, i);
      this.extendForward(position - timeline.cum[timeline.count]! + 1);
    }
  }

  /** The timeline, extended so that it covers `t`. */
  private cover(t: number): TTimeline {
    const timeline = this.timeline;
    if (t >= timeline.rangeStart && t < timeline.rangeEnd) return timeline;
    if (typeof t !== 'number' || !Number.isFinite(t)) {
      throw new AppError('calendar.invalid_instant', `instant must be epoch milliseconds, got ${String(t)}`);
    }
    const utcYear = new Date(t).getUTCFullYear();
    const year =
      utcYear < MIN_YEAR - 1 || utcYear > MAX_YEAR + 1
        ? utcYear
        : yearOfDay(Math.floor(this.zone.utcToLocal(t) / MS_PER_DAY));
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new AppError(
        'calendar.out_of_range',
        `instant ${new Date(t).toISOString()} is outside ${MIN_YEAR}–${MAX_YEAR}`,
      );
    }
    if (timeline === EMPTY) this.prepareYears(Math.max(MIN_YEAR, year - 1), Math.min(MAX_YEAR, year + 1));
    else this.prepareYears(year, year);
    return this.timeline;
  }

  /** Adds years after the range until about `missing` ms more open time could fit. */
  private extendForward(missing: number): void {
    const timeline = this.timeline;
    if (timeline.lastYear >= MAX_YEAR) {
      throw new AppError(
        'calendar.out_of_range',
        `the calendar has no such open time before ${MAX_YEAR + 1}`,
      );
    }
    this.prepareYears(timeline.firstYear, Math.min(MAX_YEAR, timeline.lastYear + this.yearsFor(missing)));
  }

  private extendBackward(missing: number): void {
    const timeline = this.timeline;
    if (timeline.firstYear <= MIN_YEAR) {
      throw new AppError('calendar.out_of_range', `the calendar has no such open time after ${MIN_YEAR}`);
    }
    this.prepareYears(Math.max(MIN_YEAR, timeline.firstYear - this.yearsFor(missing)), timeline.lastYear);
  }

  private yearsFor(missing: number): number {
    const timeline = this.timeline;
    const perYear = timeline.cum[timeline.count]! / (timeline.lastYear - timeline.firstYear + 1);
    if (perYear <= 0) return 10;
    return Math.max(1, Math.ceil(missing / perYear));
  }
}
