import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { runContractExplain } from './contract-explain.js';
import type { TCliIo } from './io.js';

async function run(args: string[], stdinText = ''): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => {
    out += String(d);
  });
  const io: TCliIo = { stdin: Readable.from([stdinText]), stdout, stderr: new PassThrough() };
  const code = await runContractExplain(args, io);
  return { code, stdout: out };
}

describe('aftercare contract explain', () => {
  it('--json prints the result with the stable field names', async () => {
    const request = {
      pack: 'imprivata-onesign',
      plan: 'premium',
      ship_date: '2026-01-20',
      as_of: '2026-03-01',
    };
    const { code, stdout } = await run(['--json', JSON.stringify(request)]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({
      terms: [{ start: '2026-01-20', end: '2027-01-31', pack_version: '1' }],
      status: 'active',
      non_renewal_deadline: '2027-01-01',
      events: [],
    });
  });

  it('--batch answers one line per request in order and never stops on a bad line', async () => {
    const lines = [
      JSON.stringify({
        pack: 'ivanti',
        plan: 'enterprise',
        term_start: '2026-01-01',
        as_of: '2026-06-01',
        annual_price: { amount_minor: 1000000, currency: 'USD' },
        licences: { owned: 100, in_use: 120, quoted: 100 },
      }),
      'not json',
      JSON.stringify({ pack: 'ivanti', plan: 'nope', term_start: '2026-01-01', as_of: '2026-06-01' }),
      JSON.stringify({ pack: 'ivanti', plan: 'enterprise', term_start: '2026-02-30', as_of: '2026-06-01' }),
      JSON.stringify({
        pack: 'imprivata-onesign',
        plan: 'premium',
        ship_date: '2025-10-15',
        as_of: '2026-11-01',
        events: [{ kind: 'non_renewal_notice', received: '2026-10-02' }],
      }),
    ];
    const { code, stdout } = await run(['--batch'], `${lines.join('\n')}\n`);
    expect(code).toBe(0);
    const results = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(results).toHaveLength(5);
    expect(results[0].errors).toEqual([
      { code: 'contract.partial_licence_coverage', message: expect.stringContaining('120') },
    ]);
    expect(results[1]).toEqual({ error: { code: 'request.invalid_json', message: expect.any(String) } });
    expect(results[2].error.code).toBe('contract.invalid_input');
    expect(results[3].error.code).toBe('contract.invalid_input');
    expect(results[4].events).toEqual([
      {
        kind: 'non_renewal_notice',
        outcome: 'contract.notice_late',
        deadline: '2026-10-01',
        code: 'contract.notice_late',
      },
    ]);
    expect(results[4].status).toBe('active');
  });
});
