import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { TCliIo } from './io.js';
import { runTrmExplain } from './trm-explain.js';

async function run(args: string[], stdinText = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { out: '', err: '' };
  stdout.on('data', (d) => {
    chunks.out += String(d);
  });
  stderr.on('data', (d) => {
    chunks.err += String(d);
  });
  const io: TCliIo = { stdin: Readable.from([stdinText]), stdout, stderr };
  const code = await runTrmExplain(args, io);
  return { code, stdout: chunks.out, stderr: chunks.err };
}

const request = {
  pack: 'ivanti',
  offering: 'premier',
  purchased: '2026-01-10',
  as_of: '2026-06-30',
  bookings: [
    { kind: 'onsite', days: ['2026-02-02', '2026-02-03', '2026-02-04'] },
    { kind: 'onsite', days: ['2026-03-02'] },
    { kind: 'voucher', person: 'Grace Hopper' },
  ],
  notices: [{ kind: 'non_renewal_notice', received: '2026-12-01' }],
};

describe('aftercare trm explain', () => {
  it('IVA-43 --json answers the stable shape for one request on stdin', async () => {
    const { code, stdout } = await run(['--json'], JSON.stringify(request));
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual([
      'period',
      'allowance',
      'used',
      'bookings',
      'non_renewal_deadline',
      'ledger',
    ]);
    expect(json.period).toEqual({ start: '2026-01-10', end: '2027-01-09' });
    expect(json.allowance).toEqual({ days: 24, vouchers: 2, onsite_cap: 6 });
    expect(json.used).toEqual({ days: 3, onsite_days: 3, vouchers: 1 });
    expect(json.bookings).toEqual([
      { accepted: true },
      { accepted: false, code: 'trm.onsite_block_too_short' },
      { accepted: true },
    ]);
    expect(json.non_renewal_deadline).toBe('2026-11-10');
  });

  it('--batch answers NDJSON line by line, errors as {error:{code}}', async () => {
    const lines = [JSON.stringify(request), '{bad', JSON.stringify({ ...request, offering: 'gold' })].join(
      '\n',
    );
    const { code, stdout } = await run(['--batch'], lines);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    expect(out[0].allowance.days).toBe(24);
    expect(out[1].error.code).toBe('request.invalid_json');
    expect(out[2].error.code).toBe('trm.unknown_offering');
  });

  it('flags give a text summary; a pack without TRM is trm.not_offered', async () => {
    const ok = await run([
      '--pack',
      'ivanti',
      '--offering',
      'basic',
      '--purchased',
      '2026-01-01',
      '--as-of',
      '2026-02-01',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('Days 0/12 (on-site 0/3), vouchers 0/1');
    const none = await run([
      '--json',
      '--pack',
      'imprivata-onesign',
      '--offering',
      'basic',
      '--purchased',
      '2026-01-01',
      '--as-of',
      '2026-02-01',
    ]);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout).error.code).toBe('trm.not_offered');
  });
});
