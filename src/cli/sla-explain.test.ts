import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { TCliIo } from './io.js';
import { runSlaExplain } from './sla-explain.js';

async function run(
  args: string[],
  stdinText = '',
): Promise<{ code: number; stdout: string; stderr: string }> {
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
  const code = await runSlaExplain(args, io);
  return { code, stdout: chunks.out, stderr: chunks.err };
}

describe('aftercare sla explain', () => {
  it('prints the DESIGN.md JSON for Imprivata Premium P0 by phone with PIN after hours', async () => {
    const { code, stdout } = await run([
      '--pack',
      'imprivata-onesign',
      '--plan',
      'premium',
      '--severity',
      'P0',
      '--opened',
      '2026-11-20T20:00:00-05:00',
      '--centre',
      'us',
      '--channel',
      'phone',
      '--pin-verified',
      '--json',
    ]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(
      json.milestones.map((m: { name: string; due: string; kind: string }) => [m.name, m.due, m.kind]),
    ).toEqual([
      ['first_response', '2026-11-21T02:00:00.000Z', 'deadline'],
      ['resolution', '2026-11-22T01:00:00.000Z', 'deadline'],
    ]);
    expect(json.milestones[0].target).toBe('Within 1 hour');
    expect(json.milestones[0].clock).toContain('elapsed');
    expect(json.milestones[0].explanation.join(' ')).toContain('IMP-49');
  });

  it('answers each NDJSON request in order, with errors in place', async () => {
    const requests = [
      {
        pack: 'ivanti',
        plan: 'enterprise',
        severity: 'S1',
        opened: '2026-11-21T12:00:00Z',
        centre: 'americas',
        channel: 'phone',
      },
      {
        pack: 'ivanti',
        plan: 'standard',
        severity: 'S1',
        opened: '2026-11-24T15:00:00Z',
        centre: 'americas',
        channel: 'portal',
      },
      'not json',
      { pack: 'nope', plan: 'standard', severity: 'S1', opened: '2026-11-24T15:00:00Z' },
      {
        pack: 'imprivata-onesign',
        plan: 'standard',
        severity: 'P2',
        opened: '2026-11-24T15:00:00Z',
        centre: 'us',
      },
      {
        pack: 'imprivata-onesign',
        plan: 'premium',
        severity: 'P1',
        opened: '2026-11-24T15:00:00Z',
        channel: 'phone',
      },
      {
        pack: 'imprivata-onesign',
        plan: 'standard',
        severity: 'P1',
        opened: '2026-11-24 10:00',
        centre: 'us',
      },
      { pack: 'imprivata-onesign', plan: 'standard', severity: 'P1', opened: 'yesterday' },
      {
        pack: 'imprivata-onesign',
        plan: 'standard',
        severity: 'P1',
        opened: '2026-12-02T18:00:00Z',
        centre: 'us',
        closure: { from: '2026-12-02T17:00:00Z', to: '2026-12-02T21:00:00Z' },
      },
    ];
    const input = requests.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');
    const { code, stdout } = await run(['--batch'], `${input}\n`);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines).toHaveLength(9);
    expect(lines[0].milestones[0]).toMatchObject({
      name: 'first_response',
      due: '2026-11-21T13:00:00.000Z',
      kind: 'deadline',
    });
    expect(lines[0].milestones[2]).toMatchObject({ name: 'escalation', due: '2026-11-21T20:00:00.000Z' });
    expect(lines[1].milestones[0]).toMatchObject({ kind: 'not_eligible', due: null });
    expect(lines[2].error.code).toBe('request.invalid_json');
    expect(lines[3].error.code).toBe('pack.not_found');
    expect(lines[4].milestones[1]).toMatchObject({ name: 'resolution', kind: 'next_release', due: null });
    expect(lines[5].error.code).toBe('sla.premium_pin_required');
    // No offset: wall time of the serving centre (US Eastern) → 10:00 EST + 4 business hours.
    expect(lines[6].milestones[0]).toMatchObject({ due: '2026-11-24T19:00:00.000Z' });
    expect(lines[7].error).toMatchObject({ code: 'sla.invalid_input' });
    expect(lines[8].milestones[0]).toMatchObject({ due: '2026-12-03T21:00:00.000Z' });
  });

  it('exits 1 with the error on stderr for a bad single request', async () => {
    const { code, stderr } = await run([
      '--pack',
      'ivanti',
      '--plan',
      'gold',
      '--severity',
      'S1',
      '--opened',
      '2026-11-24T15:00:00Z',
    ]);
    expect(code).toBe(1);
    expect(stderr).toContain('sla.unknown_plan');
  });
});
