import { describe, expect, it } from 'vitest';
import { countContactUsage } from './contact-usage.js';

const plans: Record<string, number | null> = { standard: 2, premium: 4, enterprise: null };
const findPlan = (_pack: string, plan: string) =>
  plan in plans ? { namedContacts: plans[plan] } : undefined;

describe('countContactUsage', () => {
  it('counts active contacts against the most generous active plan', () => {
    const usage = countContactUsage(
      [{ readOnly: false }, { readOnly: true }, { readOnly: false }],
      [
        { status: 'active', plan: 'standard', packId: 'p' },
        { status: 'active', plan: 'premium', packId: 'p' },
        { status: 'lapsed', plan: 'standard', packId: 'p' },
      ],
      findPlan,
    );
    expect(usage).toEqual({ used: 2, limit: 4 });
  });

  it('has no limit when a plan sets none or no contract is active', () => {
    expect(
      countContactUsage([], [{ status: 'active', plan: 'enterprise', packId: 'p' }], findPlan).limit,
    ).toBeNull();
    expect(
      countContactUsage([], [{ status: 'lapsed', plan: 'standard', packId: 'p' }], findPlan).limit,
    ).toBeNull();
  });
});
