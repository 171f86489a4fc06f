import { describe, expect, it } from 'vitest';
import { assessVersionSupport, isCurrentOrPriorVersion, releaseCodes } from './assess-version-support.js';

const imprivata = { supported_prior_versions: 1, minimum_support_months: 12 };
const ivanti = { supported_prior_versions: null, minimum_support_months: null };
const versions = [
  { version: '7.0', ga: '2024-01-15' },
  { version: '7.1', ga: '2024-09-01' },
  { version: '7.2', ga: '2025-06-01' },
  { version: '7.3', ga: '2026-03-01' },
];

function statusOf(version: string, asOf: string, list = versions, rule = imprivata) {
  const found = assessVersionSupport(rule, list, asOf).find((v) => v.version === version);
  if (!found) throw new Error(`no ${version}`);
  return found;
}

describe('H3 version support on boundary dates (IMP-14)', () => {
  it.each([
    // version, as of, status, supported_until — 7.1 ships until 7.2's GA (2025-06-01): 12 months → 2026-05-31
    ['7.1', '2026-02-28', 'supported', '2026-05-31'],
    ['7.1', '2026-03-01', 'supported', '2026-05-31'],
    ['7.1', '2026-05-31', 'supported', '2026-05-31'],
    ['7.1', '2026-06-01', 'unsupported', '2026-05-31'],
    // 7.0: N-1 until the day before 7.2 (2025-05-31), shipping window until 2025-08-31
    ['7.0', '2025-08-31', 'supported', '2025-08-31'],
    ['7.0', '2025-09-01', 'unsupported', '2025-08-31'],
    // current and N-1 with no later release known: open-ended
    ['7.3', '2026-06-01', 'supported', null],
    ['7.2', '2026-06-01', 'supported', null],
  ])('IMP-14 %s on %s is %s (until %s)', (version, asOf, status, until) => {
    const v = statusOf(version, asOf);
    expect(v.status).toBe(status);
    expect(v.supported_until).toBe(until);
    if (status === 'unsupported') {
      expect(v.code).toBe(releaseCodes.unsupported);
      expect(v.reason).toMatch(asOf >= '2026-03-01' ? /Upgrade to 7\.3\./ : /Upgrade to 7\.2\./);
    } else expect(v.code).toBeUndefined();
  });

  it('IMP-14 N-1 keeps a version supported past a short explicit end of shipping, to the day before N+2 ships', () => {
    const list = versions.map((v) => (v.version === '7.1' ? { ...v, end_of_shipping: '2024-10-01' } : v));
    expect(statusOf('7.1', '2026-02-28', list)).toMatchObject({
      status: 'supported',
      supported_until: '2026-02-28',
    });
    expect(statusOf('7.1', '2026-03-01', list)).toMatchObject({
      status: 'unsupported',
      code: releaseCodes.unsupported,
    });
  });

  it('IMP-14 an explicit end of shipping later than the successor GA extends the 12 months', () => {
    const list = versions.map((v) => (v.version === '7.1' ? { ...v, end_of_shipping: '2025-12-31' } : v));
    expect(statusOf('7.1', '2026-12-30', list)).toMatchObject({
      status: 'supported',
      supported_until: '2026-12-30',
    });
    expect(statusOf('7.1', '2026-12-31', list).status).toBe('unsupported');
  });

  it('a version not yet generally available is unsupported with its own code', () => {
    expect(statusOf('7.3', '2026-02-28')).toMatchObject({
      status: 'unsupported',
      code: releaseCodes.notYetAvailable,
    });
  });

  it('answers in the order given, even when input is not sorted by GA', () => {
    const shuffled = [versions[2], versions[0], versions[3], versions[1]].filter((v) => v !== undefined);
    const out = assessVersionSupport(imprivata, shuffled, '2026-06-01');
    expect(out.map((v) => v.version)).toEqual(['7.2', '7.0', '7.3', '7.1']);
    expect(out.map((v) => v.status)).toEqual(['supported', 'unsupported', 'supported', 'unsupported']);
  });
});

describe('IVA-11 releases made available after support ended', () => {
  const list = [
    { version: '2024.1', ga: '2024-02-01' },
    { version: '2026.1', ga: '2026-04-30' },
    { version: '2026.2', ga: '2026-05-01' },
  ];
  it('IVA-11 a release made available on the last day of support stays entitled; the next day is refused', () => {
    const out = assessVersionSupport(ivanti, list, '2026-06-01', '2026-04-30');
    expect(out.map((v) => [v.version, v.entitled, v.code])).toEqual([
      ['2024.1', true, undefined],
      ['2026.1', true, undefined],
      ['2026.2', false, releaseCodes.afterSupportEnded],
    ]);
    expect(out.every((v) => v.status === 'supported')).toBe(true);
  });
  it('without support_ended no entitled field is given', () => {
    expect(assessVersionSupport(ivanti, list, '2026-06-01')[0]?.entitled).toBeUndefined();
  });
});

describe('strict N/N-1 (RMA)', () => {
  it.each([
    ['7.1', '2026-02-28', true],
    ['7.1', '2026-03-01', false],
    ['7.2', '2026-03-01', true],
    ['7.3', '2026-03-01', true],
    ['7.3', '2026-02-28', false],
    ['9.9', '2026-03-01', false],
  ])('%s on %s → %s (no shipping window)', (version, asOf, expected) => {
    expect(isCurrentOrPriorVersion(versions, version, asOf)).toBe(expected);
  });
});
