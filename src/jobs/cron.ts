import { AppError } from '../lib/app-error.js';

/** A parsed five-field cron expression (minute hour day-of-month month day-of-week), in UTC. */
export type TCron = {
  minute: Set<number>;
  hour: Set<number>;
  day: Set<number>;
  month: Set<number>;
  weekday: Set<number>;
};

const ranges: ReadonlyArray<[keyof TCron, number, number]> = [
  ['minute', 0, 59],
  ['hour', 0, 23],
  ['day', 1, 31],
  ['month', 1, 12],
  ['weekday', 0, 6],
];

/** Parses `*`, `*\/n`, `a-b`, `a-b/n`, `a,b,c` per field; day-of-week 7 is Sunday too. */
export function parseCron(expression: string): TCron {
  const fields = expression.trim().split(/\s+/);
  if (fields.length !== 5) throw new AppError('job.invalid_cron', `Cron needs 5 fields: ${expression}`);
  const cron = {} as TCron;
  ranges.forEach(([name, min, max], index) => {
    cron[name] = parseField(fields[index] ?? '', min, name === 'weekday' ? 7 : max, expression);
    if (name === 'weekday' && cron.weekday.delete(7)) cron.weekday.add(0);
  });
  return cron;
}

function parseField(field: string, min: number, max: number, expression: string): Set<number> {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const match = /^(\*|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) throw new AppError('job.invalid_cron', `Bad cron field "${part}" in ${expression}`);
    const from = match[1] === '*' ? min : Number(match[2]);
    const to = match[1] === '*' ? max : match[3] !== undefined ? Number(match[3]) : match[4] ? max : from;
    const step = match[4] ? Number(match[4]) : 1;
    if (from < min || to > max || from > to || step < 1) {
      throw new AppError('job.invalid_cron', `Cron field "${part}" out of range in ${expression}`);
    }
    for (let value = from; value <= to; value += step) values.add(value);
  }
  return values;
}

export function cronMatches(cron: TCron, at: Date): boolean {
  return (
    cron.minute.has(at.getUTCMinutes()) &&
    cron.hour.has(at.getUTCHours()) &&
    cron.day.has(at.getUTCDate()) &&
    cron.month.has(at.getUTCMonth() + 1) &&
    cron.weekday.has(at.getUTCDay())
  );
}

const minute = 60_000;
const searchLimit = 8 * 24 * 60;

/** The latest minute at or before `now` the expression fires, within the last 8 days; else null. */
export function latestCronSlot(cron: TCron, now: Date): Date | null {
  let slot = Math.floor(now.getTime() / minute) * minute;
  for (let step = 0; step < searchLimit; step++, slot -= minute) {
    const at = new Date(slot);
    if (cronMatches(cron, at)) return at;
  }
  return null;
}

/** The first minute strictly after `now` the expression fires, within the next 8 days; else null. */
export function nextCronSlot(cron: TCron, now: Date): Date | null {
  let slot = (Math.floor(now.getTime() / minute) + 1) * minute;
  for (let step = 0; step < searchLimit; step++, slot += minute) {
    const at = new Date(slot);
    if (cronMatches(cron, at)) return at;
  }
  return null;
}
