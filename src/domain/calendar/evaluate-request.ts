import { AppError, isAppError } from '../../lib/app-error.js';
import { BusinessCalendar } from './business-calendar.js';
import { formatInstant, parseInstant } from './parse-instant.js';
import type { TDuration } from './types.js';

/** One `aftercare calendar eval` request (DESIGN.md stable interface 1). */
export type TCalendarRequest = {
  calendar: unknown;
  op: TCalendarOp;
  from: string;
  to?: string;
  duration?: TDuration;
};
export const CALENDAR_OPS = ['add', 'subtract', 'elapsed', 'in_hours', 'next_open', 'prev_close'] as const;
export type TCalendarOp = (typeof CALENDAR_OPS)[number];

export type TCalendarResponse =
  | { result: string | number | boolean }
  | { error: { code: string; message: string } };

/** Compiled calendars by their JSON text, so a stream of requests on one calendar builds it once. */
export type TCalendarCache = Map<string, BusinessCalendar>;
const CACHE_LIMIT = 256;

/** Evaluates one parsed request; never throws: every problem becomes an `error` response. */
export function evaluateCalendarRequest(
  request: unknown,
  cache: TCalendarCache = new Map(),
): TCalendarResponse {
  try {
    return { result: evaluate(request, cache) };
  } catch (error) {
    if (isAppError(error)) return { error: { code: error.code, message: error.message } };
    return {
      error: { code: 'calendar.internal', message: error instanceof Error ? error.message : String(error) },
    };
  }
}

function evaluate(request: unknown, cache: TCalendarCache): string | number | boolean {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    throw invalidRequest('request: expected an object {"calendar","op","from",…}');
  }
  const { calendar: spec, op, from, to, duration } = request as Record<string, unknown>;
  if (!(CALENDAR_OPS as readonly unknown[]).includes(op)) {
    throw invalidRequest(`op: expected one of ${CALENDAR_OPS.join(', ')}, got ${JSON.stringify(op)}`);
  }
  const calendar = getCalendar(spec, cache);
  const start = parseInstant(from, calendar.timezone, 'from');
  const operation = op as TCalendarOp;
  switch (operation) {
    case 'add':
      return formatInstant(calendar.add(start, requireDuration(duration)));
    case 'subtract':
      return formatInstant(calendar.subtract(start, requireDuration(duration)));
    case 'elapsed':
      return calendar.elapsed(start, parseInstant(to, calendar.timezone, 'to')) / 1000;
    case 'in_hours':
      return calendar.isOpen(start);
    case 'next_open':
      return formatInstant(calendar.nextOpen(start));
    case 'prev_close':
      return formatInstant(calendar.prevClose(start));
    default: {
      const unreachable: never = operation;
      throw invalidRequest(`op: ${String(unreachable)}`);
    }
  }
}

function getCalendar(spec: unknown, cache: TCalendarCache): BusinessCalendar {
  if (spec === undefined) throw new AppError('calendar.invalid_spec', 'calendar: required');
  const key = JSON.stringify(spec);
  let calendar = cache.get(key);
  if (!calendar) {
    calendar = BusinessCalendar.fromSpec(spec as never);
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(key, calendar);
  }
  return calendar;
}

function requireDuration(duration: unknown): TDuration {
  if (duration === undefined)
    throw new AppError('calendar.invalid_duration', 'duration: required for add/subtract');
  return duration as TDuration;
}

function invalidRequest(message: string): AppError {
  return new AppError('calendar.invalid_request', message);
}
