import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { findPackageRoot } from '../domain/packs/package-root.js';
import type { TCliIo } from './io.js';
import { runPackList } from './pack-list.js';
import { runPackValidate } from './pack-validate.js';

async function run(command: typeof runPackValidate, args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d) => {
    out += String(d);
  });
  stderr.on('data', (d) => {
    err += String(d);
  });
  const io: TCliIo = { stdin: Readable.from([]), stdout, stderr };
  const code = await command(args, io);
  return { code, out, err };
}

const builtIn = (name: string) => join(findPackageRoot(), 'packs', name);

describe('aftercare pack validate / list', () => {
  it('accepts both built-in packs', async () => {
    for (const file of ['imprivata-onesign.yaml', 'ivanti.yaml']) {
      const { code, out } = await run(runPackValidate, [builtIn(file)]);
      expect(code).toBe(0);
      expect(out).toContain(': ok');
    }
  });

  it('exits 1 with file:line:column errors', async () => {
    const text = readFileSync(builtIn('ivanti.yaml'), 'utf8').replace(
      'objection_days: 30',
      'objection_days: -30',
    );
    const file = join(mkdtempSync(join(tmpdir(), 'pack-')), 'bad.yaml');
    writeFileSync(file, text);
    const line = text.split('\n').findIndex((l) => l.includes('objection_days: -30')) + 1;
    const { code, err } = await run(runPackValidate, [file]);
    expect(code).toBe(1);
    expect(err).toContain(`${file}:${line}:21: contract.policy_change.objection_days:`);
  });

  it('lists the built-in packs', async () => {
    const { code, out } = await run(runPackList, ['--json']);
    expect(code).toBe(0);
    expect(JSON.parse(out).map((p: { id: string }) => p.id)).toEqual(['imprivata-onesign', 'ivanti']);
  });
});
