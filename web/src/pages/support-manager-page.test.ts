import { describe, expect, it } from 'vitest';
import type { TCase } from '../api/case-types.js';
import { mergeEscalated } from './support-manager-page.js';

const item = (number: number, nextDueAt: string | null, status: TCase['status'] = 'new'): TCase => ({
  id: `id-${number}`,
  number,
  title: `Case ${number}`,
  accountId: 'a',
  packId: 'ivanti',
  plan: 'premium',
  severity: 'S1',
  channel: 'phone',
  centre: 'americas',
  status,
  tier: 2,
  openedAt: '2026-03-02T10:00:00Z',
  nextDueAt,
});

describe('mergeEscalated', () => {
  it('lists each open case once, next due first, cases without a deadline last', () => {
    const escalated = [item(1, null), item(2, '2026-03-02T12:00:00Z')];
    const tier2 = [item(2, '2026-03-02T12:00:00Z'), item(3, '2026-03-02T11:00:00Z')];
    const tier3 = [item(4, '2026-03-02T09:00:00Z', 'resolved')];
    expect(mergeEscalated(escalated, tier2, tier3).map((c) => c.number)).toEqual([3, 2, 1]);
    expect(mergeEscalated(undefined, tier2)).toHaveLength(2);
  });
});
