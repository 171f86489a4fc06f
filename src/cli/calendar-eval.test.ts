import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runCalendarEval } from './calendar-eval.js';

const calendar = {
  timezone: 'America/New_York',
  hours: { mon: [['09:00', '17:00']], tue: [['09:00', '17:00']], fri: [['09:00', '17:00']] },
  holidays: ['us-federal'],
};
const requests = [
  { calendar, op: 'add', from: '2026-03-02T15:00:00-05:00', duration: { hours: 2 } },
  'this is not json',
  { calendar, op: 'subtract', from: '2026-03-03T10:00', duration: { minutes: 90 } },
  { calendar: { ...calendar, timezone: 'Nowhere/Land' }, op: 'in_hours', from: '2026-03-02T10:00Z' },
  { calendar, op: 'elapsed', from: '2026-03-06T16:00', to: '2026-03-09T10:00' },
  { calendar, op: 'elapsed', from: '2026-03-09T10:00', to: '2026-03-06T16:00' },
  { calendar, op: 'in_hours', from: '2026-03-02T17:00' },
  { calendar, op: 'next_open', from: '2026-03-07T12:00' },
  { calendar, op: 'prev_close', from: '2026-03-07T12:00' },
  { calendar, op: 'add', from: '2026-03-02T10:00', duration: { days: 1 } },
  { calendar, op: 'add', from: 'tomorrow', duration: { hours: 1 } },
  {
    calendar: { ...calendar, hours: { mon: [['17:00', '09:00']] } },
    op: 'in_hours',
    from: '2026-03-02T10:00Z',
  },
  { calendar, op: 'teleport', from: '2026-03-02T10:00Z' },
];
const input = `${requests.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n')}\n\n`;
const expected = [
  { result: '2026-03-03T14:00:00.000Z' },
  { error: { code: 'calendar.invalid_json' } },
  { result: '2026-03-02T21:30:00.000Z' }, // Mon 16:30 EST
  { error: { code: 'calendar.unknown_timezone' } },
  { result: 7200 },
  { result: 0 },
  { result: false },
  { result: '2026-03-09T13:00:00.000Z' },
  { result: '2026-03-06T22:00:00.000Z' },
  { result: '2026-03-03T15:00:00.000Z' },
  { error: { code: 'calendar.invalid_time' } },
  { error: { code: 'calendar.invalid_spec' } },
  { error: { code: 'calendar.invalid_request' } },
];

function parseLines(output: string): unknown[] {
  return output
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
}

describe('aftercare calendar eval', () => {
  it('answers each line in order and keeps going after bad lines (in-memory streams)', async () => {
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    let output = '';
    stdout.on('data', (chunk) => {
      output += chunk;
    });
    const code = await runCalendarEval([], { stdin: Readable.from([input]), stdout, stderr });
    expect(code).toBe(0);
    const lines = parseLines(output);
    expect(lines).toHaveLength(expected.length);
    expect(lines).toMatchObject(expected);
    for (const line of lines as { error?: { message: string } }[]) {
      if (line.error) expect(line.error.message.length).toBeGreaterThan(5);
    }
  });

  it('runs as the aftercare executable with NDJSON on stdin', () => {
    const bin = join(import.meta.dirname, '..', '..', 'bin', 'aftercare.mjs');
    const run = spawnSync(process.execPath, [bin, 'calendar', 'eval'], {
      input,
      encoding: 'utf8',
      env: { ...process.env, AFTERCARE_FROM_SOURCE: '1' },
    });
    expect(run.status).toBe(0);
    expect(parseLines(run.stdout)).toMatchObject(expected);
  });
});
