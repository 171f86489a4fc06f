import { describe, expect, it } from 'vitest';
import type { TCaseRow } from '../db/schema-records.js';
import { caseStatuses, caseTransitions, type TCaseTransition } from '../domain/workflow/case-lifecycle.js';
import type { TActor } from './actor.js';
import { casePolicy } from './case-policy.js';

const agent: TActor = {
  kind: 'user',
  tenantId: 't',
  userId: 'u',
  role: 'agent',
  accountId: null,
  via: 'session',
  scopes: null,
  tokenId: null,
};
const customer: TActor = { ...agent, role: 'customer_contact', accountId: 'a' };
/** Only the fields the transition rules read; the rest of the row does not matter to them. */
const caseIn = (status: TCaseRow['status']) => ({ status, tier: 1, details: {} }) as unknown as TCaseRow;
const transitions = Object.keys(caseTransitions) as TCaseTransition[];

describe('casePolicy transitions derive from the lifecycle table', () => {
  const rows = transitions.flatMap((action) => caseStatuses.map((status) => [action, status] as const));
  it.each(rows)('an agent may %s a %s case exactly when the table allows it', (action, status) => {
    expect(casePolicy.can(agent, action, caseIn(status))).toBe(caseTransitions[action].from.includes(status));
  });
  it('customers close or reopen a resolved case and start no other move', () => {
    expect(casePolicy.can(customer, 'close', caseIn('resolved'))).toBe(true);
    expect(casePolicy.can(customer, 'reopen', caseIn('resolved'))).toBe(true);
    expect(casePolicy.can(customer, 'reopen', caseIn('closed'))).toBe(false);
    for (const action of ['start', 'wait_on_customer', 'resolve'] as const) {
      for (const status of caseStatuses) expect(casePolicy.can(customer, action, caseIn(status))).toBe(false);
    }
  });
});
