import { AppError } from '../../lib/app-error.js';
import { MS_PER_HOUR, MS_PER_MINUTE } from './local-date.js';
import type { TDuration } from './types.js';

export type TReadDuration = { unit: 'ms'; ms: number } | { unit: 'days'; days: number };

const TIME_UNITS: Readonly<Record<string, number>> = {
  hours: MS_PER_HOUR,
  minutes: MS_PER_MINUTE,
  seconds: 1000,
  milliseconds: 1,
};

/** Validates a TDuration (or a plain number of milliseconds): time units are summed and rounded to
 * whole milliseconds; `days` is a whole number of business days and cannot be mixed with them. */
export function readDuration(duration: TDuration | number | unknown): TReadDuration {
  if (typeof duration === 'number') return { unit: 'ms', ms: Math.round(checkAmount(duration, 'duration')) };
  if (typeof duration !== 'object' || duration === null || Array.isArray(duration)) {
    throw invalid('duration', 'expected {"hours","minutes","seconds","milliseconds"} or {"days"}');
  }
  const record = duration as Record<string, unknown>;
  let ms = 0;
  let timeUnits = 0;
  let days: number | undefined;
  for (const key in record) {
    const value = record[key];
    if (value === undefined) continue;
    if (key === 'days') {
      days = checkAmount(value, 'duration.days');
      if (!Number.isInteger(days)) throw invalid('duration.days', 'must be a whole number of business days');
      continue;
    }
    const factor = TIME_UNITS[key];
    if (factor === undefined || !Object.hasOwn(TIME_UNITS, key))
      throw invalid(`duration.${key}`, 'unknown unit');
    ms += checkAmount(value, `duration.${key}`) * factor;
    timeUnits++;
  }
  if (days !== undefined) {
    if (timeUnits > 0) throw invalid('duration', '"days" cannot be combined with hours/minutes/seconds');
    return { unit: 'days', days };
  }
  if (timeUnits === 0)
    throw invalid('duration', 'give at least one of hours, minutes, seconds, milliseconds, days');
  return { unit: 'ms', ms: Math.round(ms) };
}

function checkAmount(value: unknown, field: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw invalid(field, 'must be a finite number');
  if (value < 0) throw invalid(field, 'must not be negative (use subtract)');
  return value;
}

function invalid(field: string, why: string): AppError {
  const message = `${field}: ${why}`;
  return new AppError('calendar.invalid_duration', message, [{ field, message }]);
}
