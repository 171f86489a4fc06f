import { describe, expect, it } from 'vitest';
import { assessReleaseSupport, type TCatalogueRelease } from './assess-release-support.js';

const rule = { supported_prior_versions: 1, minimum_support_months: 12 };
const release = (id: string, status: 'planned' | 'published', gaDate: string | null): TCatalogueRelease => ({
  id,
  version: `v-${id}`,
  status,
  gaDate,
  endOfShipping: null,
});

describe('assessReleaseSupport', () => {
  it('counts only published releases: a planned one past its planned date is not current', () => {
    const support = assessReleaseSupport(
      rule,
      [
        release('a', 'published', '2025-01-10'),
        release('b', 'published', '2025-09-01'),
        release('c', 'planned', '2026-03-01'),
        release('d', 'planned', null),
      ],
      '2026-12-02',
    );
    expect([...support.keys()]).toEqual(['a', 'b']);
    // With c unpublished, a is still N-1 (supported) — had c counted, a would be unsupported since 2026-09-01.
    expect(support.get('a')).toMatchObject({ version: 'v-a', status: 'supported' });
    expect(support.get('b')).toMatchObject({ status: 'supported', supported_until: null });
  });

  it('answers nothing for a product with no published release', () => {
    expect(assessReleaseSupport(rule, [release('x', 'planned', '2027-01-01')], '2026-12-02').size).toBe(0);
  });
});
