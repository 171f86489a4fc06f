import { describe, expect, it } from 'vitest';
import { choosePackVersion } from './choose-pack-version.js';
import { getBuiltInPack } from './registry.js';
import type { TPolicy } from './schema.js';

/** A later version of a built-in pack, announced on `announced` and effective from `effective`. */
function nextVersion(base: TPolicy, version: string, announced: string, effective: string): TPolicy {
  return { ...base, version, announced_on: announced, effective_from: effective };
}

describe('choosePackVersion — Imprivata (K4: 60 days notice, next term)', () => {
  const v1 = getBuiltInPack('imprivata-onesign');
  // Ship 2026-01-20 → initial term ends 2027-01-31 (K1); renewal starts 2027-02-01.
  const contract = { termStarts: ['2026-01-20', '2027-02-01'] };

  it('keeps the contract on its version until the next term when notice is at least 60 days before it', () => {
    const v2 = nextVersion(v1, '2', '2026-12-03', '2026-12-03'); // 2027-02-01 − 60 days = 2026-12-03
    expect(choosePackVersion([v1, v2], contract, '2027-01-31').version).toBe('1');
    expect(choosePackVersion([v1, v2], contract, '2027-02-01').version).toBe('2');
  });

  it('moves to the term after when notice comes later than 60 days before the next term', () => {
    const v2 = nextVersion(v1, '2', '2026-12-04', '2026-12-04');
    expect(choosePackVersion([v1, v2], contract, '2027-02-01').version).toBe('1');
    expect(choosePackVersion([v1, v2], contract, '2028-01-31').version).toBe('1');
    expect(choosePackVersion([v1, v2], contract, '2028-02-01').version).toBe('2');
  });

  it('K1 projects the renewal from the day after the month-end term end, not 12 months after the ship date', () => {
    // Only the stored (K1) initial term is known: ship 2026-01-20, ends 2027-01-31.
    const stored = { termStarts: ['2026-01-20'], termEnd: '2027-01-31' };
    const v2 = nextVersion(v1, '2', '2026-12-03', '2026-12-03');
    expect(choosePackVersion([v1, v2], stored, '2027-01-31').version).toBe('1');
    expect(choosePackVersion([v1, v2], stored, '2027-02-01').version).toBe('2');
  });

  it('starts a new contract on the version in force at its first term', () => {
    const v2 = nextVersion(v1, '2', '2026-03-01', '2026-05-01');
    expect(choosePackVersion([v1, v2], { termStarts: ['2026-06-10'] }, '2026-06-10').version).toBe('2');
  });
});

describe('choosePackVersion — Ivanti (K5: 30-day objection window)', () => {
  const v320 = getBuiltInPack('ivanti');
  const contract = { termStarts: ['2026-03-01'] };
  const v321 = nextVersion(v320, '3.21', '2026-06-01', '2026-06-01');

  it('adopts the change from the day after the objection window', () => {
    expect(choosePackVersion([v320, v321], contract, '2026-07-01').version).toBe('3.20');
    expect(choosePackVersion([v320, v321], contract, '2026-07-02').version).toBe('3.21');
  });

  it('keeps a contract that objected on its version', () => {
    const objected = { ...contract, objectedVersions: ['3.21'] };
    expect(choosePackVersion([v320, v321], objected, '2027-01-01').version).toBe('3.20');
  });
});
