import { describe, expect, it } from 'vitest';
import { assessCaseVersion } from './assess-case-version.js';

const imprivata = { supported_prior_versions: 1, minimum_support_months: 12 };
const releases = [
  { id: 'a', version: '7.1', status: 'published' as const, gaDate: '2025-01-10', endOfShipping: null },
  { id: 'b', version: '7.2', status: 'published' as const, gaDate: '2025-09-01', endOfShipping: null },
  { id: 'c', version: '7.3', status: 'published' as const, gaDate: '2026-03-01', endOfShipping: null },
];

describe('assessCaseVersion (H3 at case intake)', () => {
  it.each([
    ['7.1', '2026-08-31', 'supported', '2026-08-31', null],
    ['7.1', '2026-09-01', 'unsupported', '2026-08-31', 'release.version_unsupported'],
    ['7.2', '2026-09-01', 'supported', null, null],
    ['7.3', '2026-09-01', 'supported', null, null],
    ['6.9', '2026-09-01', 'unknown', null, 'release.version_unknown'],
  ])('%s on %s is %s (until %s)', (version, asOf, status, until, code) => {
    expect(assessCaseVersion(imprivata, releases, version, asOf)).toMatchObject({
      status,
      supportedUntil: until,
      code,
    });
  });

  it('an unsupported version carries the rule and the upgrade recommendation', () => {
    const answer = assessCaseVersion(imprivata, releases, '7.1', '2026-09-01');
    expect(answer.reason).toMatch(/supported are the current release, the one before it/);
    expect(answer.reason).toMatch(/Upgrade to 7\.3/);
  });

  it('without a product the version cannot be checked', () => {
    expect(assessCaseVersion(imprivata, null, '7.1', '2026-09-01').status).toBe('unknown');
  });
});
