import { describe, expect, it } from 'vitest';
import { planReleaseNotices } from './plan-release-notices.js';

const ivantiRules = ['updates-while-active', 'release-notification'];
const base = { packRuleIds: ivantiRules, releaseId: 'rel-1', accountId: 'acc-1' };

describe('release notices per plan (IVA-17)', () => {
  it('IVA-17 Enterprise accounts get a proactive notice', () => {
    expect(planReleaseNotices({ ...base, plan: 'enterprise' }).notices.map((n) => n.kind)).toEqual([
      'release_available',
    ]);
  });
  it('IVA-17 Premium accounts get the notice plus a task for the assigned engineer', () => {
    const plan = planReleaseNotices({ ...base, plan: 'premium' });
    expect(plan.notices.map((n) => [n.kind, n.to])).toEqual([
      ['release_available', 'account'],
      ['release_discussion_task', 'assigned_engineer'],
    ]);
  });
  it('IVA-17 Standard accounts see it in the portal only', () => {
    expect(planReleaseNotices({ ...base, plan: 'standard' })).toMatchObject({ portal: true, notices: [] });
  });
  it('a pack without the rule (Imprivata) sends no proactive notice to any plan', () => {
    expect(
      planReleaseNotices({ ...base, packRuleIds: ['remote-download'], plan: 'premium' }).notices,
    ).toEqual([]);
  });
  it('IVA-17 each notice key is unique per release, account and kind (sent once)', () => {
    const a = planReleaseNotices({ ...base, plan: 'premium' }).notices.map((n) => n.key);
    const b = planReleaseNotices({ ...base, plan: 'premium' }).notices.map((n) => n.key);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(2);
  });
});
