import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import type { TCliIo } from './io.js';
import { runReleaseStatus } from './release-status.js';

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
  const code = await runReleaseStatus(args, io);
  return { code, stdout: chunks.out, stderr: chunks.err };
}

const request = {
  pack: 'imprivata-onesign',
  product: 'onesign',
  versions: [
    { version: '7.1', ga: '2024-09-01' },
    { version: '7.2', ga: '2025-06-01' },
    { version: '7.3', ga: '2026-03-01' },
  ],
  as_of: '2026-06-01',
};

describe('aftercare release status', () => {
  it('IMP-14 --json answers the stable shape: 7.1 is past N-1 and 12 months after end of shipping', async () => {
    const { code, stdout } = await run(['--json'], JSON.stringify(request));
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(Object.keys(json)).toEqual(['versions']);
    expect(
      json.versions.map((v: { version: string; status: string; supported_until: string | null }) => [
        v.version,
        v.status,
        v.supported_until,
      ]),
    ).toEqual([
      ['7.1', 'unsupported', '2026-05-31'],
      ['7.2', 'supported', null],
      ['7.3', 'supported', null],
    ]);
    expect(json.versions[0].code).toBe('release.version_unsupported');
    expect(typeof json.versions[0].reason).toBe('string');
  });

  it('IVA-11 --batch answers NDJSON line by line with entitled/code, errors as {error:{code}}', async () => {
    const ivanti = {
      pack: 'ivanti',
      versions: [
        { version: '2026.1', ga: '2026-04-30' },
        { version: '2026.2', ga: '2026-05-01' },
      ],
      as_of: '2026-06-01',
      support_ended: '2026-04-30',
    };
    const lines = [JSON.stringify(ivanti), '{bad', JSON.stringify({ ...request, as_of: '1 June' })].join(
      '\n',
    );
    const { code, stdout } = await run(['--batch'], lines);
    expect(code).toBe(0);
    const out = stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out[0].versions).toEqual([
      expect.objectContaining({ version: '2026.1', entitled: true }),
      expect.objectContaining({ version: '2026.2', entitled: false, code: 'release.after_support_ended' }),
    ]);
    expect(out[1].error.code).toBe('request.invalid_json');
    expect(out[2].error.code).toBe('release.invalid_input');
  });

  it('an unknown pack is an error with exit code 1', async () => {
    const { code, stderr } = await run(['--json'], JSON.stringify({ ...request, pack: 'nope' }));
    expect(code).toBe(1);
    expect(stderr).toContain('aftercare release status:');
  });
});
