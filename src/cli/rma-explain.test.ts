import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { TCliIo } from './io.js';
import { runRmaExplain } from './rma-explain.js';

async function run(args: string[], stdinText = ''): Promise<{ code: number; stdout: string }> {
  const stdout = new PassThrough();
  let out = '';
  stdout.on('data', (d) => {
    out += String(d);
  });
  const io: TCliIo = { stdin: Readable.from([stdinText]), stdout, stderr: new PassThrough() };
  const code = await runRmaExplain(args, io);
  return { code, stdout: out };
}

const request = {
  pack: 'imprivata-onesign',
  plan: 'premium',
  centre: 'us',
  appliance: { product: 'onesign', model: 'g4', kind: 'physical', ship_date: '2026-06-10' },
  events: [{ kind: 'defect_concluded', at: '2026-12-24T18:30:00-05:00' }],
};

describe('aftercare rma explain', () => {
  it('IMP-32 --json prints the stable result for one request', async () => {
    const { code, stdout } = await run(['--json', JSON.stringify(request)]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json).sort()).toEqual(['deadlines', 'flags', 'shipping', 'type', 'warranty_end']);
    expect(json.type).toBe('advance_replacement');
    expect(json.deadlines[0]).toMatchObject({ name: 'ship_by', due: '2026-12-28T23:30:00.000Z' });
  });
  it('--batch answers NDJSON in order, errors as {"error":{code,message}}', async () => {
    const lines = [
      JSON.stringify(request),
      'not json',
      JSON.stringify({ ...request, centre: 'mars' }),
      JSON.stringify({ ...request, appliance: { ...request.appliance, kind: 'third_party' } }),
    ].join('\n');
    const { code, stdout } = await run(['--batch'], lines);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0].type).toBe('advance_replacement');
    expect(out[1].error.code).toBe('request.invalid_json');
    expect(out[2].error.code).toBe('rma.unknown_centre');
    expect(out[3].refused.code).toBe('rma.third_party_device');
  });
  it('exits 1 with an error object on invalid input', async () => {
    const { code, stdout } = await run(['--json', '{"pack":"imprivata-onesign"}']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).error.code).toBe('rma.invalid_input');
  });
});
