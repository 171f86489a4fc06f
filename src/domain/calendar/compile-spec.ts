import { AppError, type TErrorDetail } from '../../lib/app-error.js';
import { HOLIDAY_SET_NAMES, isHolidaySetName, type THolidaySetName } from './holiday-sets.js';
import { MS_PER_DAY, parseIsoDate, parseLocalTime, WEEKDAYS } from './local-date.js';
import type { TCalendarSpec } from './types.js';
import { isKnownTimezone } from './zone-offsets.js';

/** A dated closure, resolved: local day number and [from, to) in ms after local midnight. */
export type TCompiledClosure = { day: number; from: number; to: number; reason?: string };

/** A validated calendar spec in numbers: intervals are flat [open, close, open, close…] ms of day. */
export type TCompiledSpec = {
  timezone: string;
  weekly: readonly (readonly number[])[]; // index 0 = Monday
  explicitHolidays: ReadonlyMap<number, string>;
  holidaySets: readonly THolidaySetName[];
  openings: ReadonlyMap<number, readonly number[]>;
  closures: ReadonlyMap<number, readonly TCompiledClosure[]>;
};

/** Validates `input` as a TCalendarSpec; every problem is reported at once, each naming its field. */
export function compileSpec(input: unknown): TCompiledSpec {
  const problems: TErrorDetail[] = [];
  const fail = (field: string, message: string) => problems.push({ field, message: `${field}: ${message}` });
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new AppError('calendar.invalid_spec', 'calendar: expected an object with timezone and hours');
  }
  const spec = input as Partial<Record<keyof TCalendarSpec, unknown>>;
  for (const key of Object.keys(spec)) {
    if (!['timezone', 'hours', 'holidays', 'closures', 'openings'].includes(key)) fail(key, 'unknown field');
  }
  if (typeof spec.timezone !== 'string' || spec.timezone === '') {
    fail('timezone', 'required IANA time zone name (e.g. "America/New_York")');
  } else if (!isKnownTimezone(spec.timezone)) {
    throw new AppError(
      'calendar.unknown_timezone',
      `timezone: '${spec.timezone}' is not a known IANA time zone`,
      [{ field: 'timezone', message: 'unknown IANA time zone' }],
    );
  }

  const weekly: number[][] = WEEKDAYS.map(() => []);
  if (typeof spec.hours !== 'object' || spec.hours === null || Array.isArray(spec.hours)) {
    fail('hours', 'required object of weekday → [["HH:MM","HH:MM"], …] (mon … sun)');
  } else {
    for (const [day, intervals] of Object.entries(spec.hours)) {
      const index = (WEEKDAYS as readonly string[]).indexOf(day);
      if (index < 0) fail(`hours.${day}`, 'unknown weekday (use mon, tue, wed, thu, fri, sat, sun)');
      else weekly[index] = readIntervals(intervals, `hours.${day}`, fail);
    }
  }

  const explicitHolidays = new Map<number, string>();
  const holidaySets: THolidaySetName[] = [];
  for (const [index, entry] of readArray(spec.holidays, 'holidays', fail).entries()) {
    const field = `holidays[${index}]`;
    if (typeof entry !== 'string') {
      fail(field, 'expected a YYYY-MM-DD date or a holiday set name');
      continue;
    }
    if (isHolidaySetName(entry)) {
      if (!holidaySets.includes(entry)) holidaySets.push(entry);
      continue;
    }
    const day = parseIsoDate(entry);
    if (day === undefined) {
      fail(field, `'${entry}' is neither a YYYY-MM-DD date nor one of ${HOLIDAY_SET_NAMES.join(', ')}`);
      continue;
    }
    explicitHolidays.set(day, 'Holiday');
  }

  const openings = new Map<number, number[]>();
  for (const [index, entry] of readArray(spec.openings, 'openings', fail).entries()) {
    const field = `openings[${index}]`;
    const record = readRecord(entry, field, ['date', 'hours', 'reason'], fail);
    if (!record) continue;
    const day = readDate(record.date, `${field}.date`, fail);
    const intervals = readIntervals(record.hours, `${field}.hours`, fail);
    if (day !== undefined) openings.set(day, [...(openings.get(day) ?? []), ...intervals]);
  }

  const closures = new Map<number, TCompiledClosure[]>();
  for (const [index, entry] of readArray(spec.closures, 'closures', fail).entries()) {
    const field = `closures[${index}]`;
    const record = readRecord(entry, field, ['date', 'from', 'to', 'reason'], fail);
    if (!record) continue;
    const day = readDate(record.date, `${field}.date`, fail);
    const from = record.from === undefined ? 0 : readTime(record.from, `${field}.from`, fail);
    const to = record.to === undefined ? MS_PER_DAY : readTime(record.to, `${field}.to`, fail);
    if (from !== undefined && to !== undefined && to <= from) fail(`${field}.to`, 'must be after from');
    if (record.reason !== undefined && typeof record.reason !== 'string')
      fail(`${field}.reason`, 'must be text');
    if (day === undefined || from === undefined || to === undefined || to <= from) continue;
    const closure: TCompiledClosure = { day, from, to };
    if (typeof record.reason === 'string') closure.reason = record.reason;
    closures.set(day, [...(closures.get(day) ?? []), closure]);
  }

  if (problems.length > 0) {
    throw new AppError('calendar.invalid_spec', problems.map((p) => p.message).join('; '), problems);
  }
  return { timezone: spec.timezone as string, weekly, explicitHolidays, holidaySets, openings, closures };
}

type TFail = (field: string, message: string) => void;

function readArray(value: unknown, field: string, fail: TFail): unknown[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    fail(field, 'must be an array');
    return [];
  }
  return value;
}

function readRecord(value: unknown, field: string, keys: string[], fail: TFail) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(field, 'must be an object');
    return undefined;
  }
  for (const key of Object.keys(value)) if (!keys.includes(key)) fail(`${field}.${key}`, 'unknown field');
  return value as Record<string, unknown>;
}

function readDate(value: unknown, field: string, fail: TFail): number | undefined {
  const day = typeof value === 'string' ? parseIsoDate(value) : undefined;
  if (day === undefined) fail(field, 'must be a real date YYYY-MM-DD');
  return day;
}

function readTime(value: unknown, field: string, fail: TFail): number | undefined {
  const time = typeof value === 'string' ? parseLocalTime(value) : undefined;
  if (time === undefined)
    fail(field, `must be a local time HH:MM between 00:00 and 24:00, got ${JSON.stringify(value)}`);
  return time;
}

/** Reads [["HH:MM","HH:MM"], …] into sorted, merged flat pairs; close must be after open. */
function readIntervals(value: unknown, field: string, fail: TFail): number[] {
  if (!Array.isArray(value)) {
    fail(field, 'must be an array of ["HH:MM","HH:MM"] intervals');
    return [];
  }
  const pairs: [number, number][] = [];
  for (const [index, interval] of value.entries()) {
    const at = `${field}[${index}]`;
    if (!Array.isArray(interval) || interval.length !== 2) {
      fail(at, 'must be ["HH:MM","HH:MM"]');
      continue;
    }
    const open = readTime(interval[0], `${at}[0]`, fail);
    const close = readTime(interval[1], `${at}[1]`, fail);
    if (open === undefined || close === undefined) continue;
    if (open >= MS_PER_DAY) {
      fail(`${at}[0]`, 'an interval cannot open at 24:00');
      continue;
    }
    if (close <= open) {
      fail(at, `close ${interval[1]} is not after open ${interval[0]} (end before start)`);
      continue;
    }
    pairs.push([open, close]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  const flat: number[] = [];
  for (const [open, close] of pairs) {
    const last = flat.length - 1;
    if (last > 0 && open <= flat[last]!) flat[last] = Math.max(flat[last]!, close);
    else flat.push(open, close);
  }
  return flat;
}
