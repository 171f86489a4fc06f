import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../packs/registry.js';
import { assessEntitlement, rollTerm, type TEntitlementContract } from './assess-entitlement.js';
import { entitlementRulesOf } from './entitlement-rules.js';

const imp = entitlementRulesOf(getBuiltInPack('imprivata-onesign'));
const iva = entitlementRulesOf(getBuiltInPack('ivanti'));

function contract(overrides: Partial<TEntitlementContract> = {}): TEntitlementContract {
  return {
    id: 'k1',
    packId: 'imprivata-onesign',
    plan: 'premium',
    productId: null,
    status: 'active',
    termStart: '2025-11-01',
    termEnd: '2026-10-31',
    autoRenew: true,
    rules: imp,
    ...overrides,
  };
}

describe('assessEntitlement', () => {
  it.each([
    // [case, contract, payment, today, status, entitled, agentMayOpen, code, clause]
    ['active in term', contract(), 'current', '2026-06-01', 'active', true, true, null, null],
    ['last day of term is in force', contract(), 'current', '2026-10-31', 'active', true, true, null, null],
    [
      'IMP-03 auto-renewal rolls the term on',
      contract(),
      'current',
      '2026-12-02',
      'active',
      true,
      true,
      null,
      null,
    ],
    [
      'IMP-10 delinquent → withheld, agents may open',
      contract(),
      'delinquent',
      '2026-06-01',
      'withheld',
      false,
      true,
      'contract.service_withheld',
      'IMP-10',
    ],
    [
      'IVA-33 delinquent → suspended',
      contract({
        packId: 'ivanti',
        plan: 'enterprise',
        rules: iva,
        termStart: '2026-01-01',
        termEnd: '2026-12-31',
      }),
      'delinquent',
      '2026-06-01',
      'suspended',
      false,
      false,
      'contract.suspended',
      'IVA-33',
    ],
    [
      'IVA-32 no renewal by expiry → lapsed',
      contract({
        packId: 'ivanti',
        plan: 'enterprise',
        rules: iva,
        termStart: '2026-01-01',
        termEnd: '2026-12-31',
      }),
      'current',
      '2027-01-01',
      'lapsed',
      false,
      false,
      'contract.lapsed',
      'IVA-32',
    ],
    [
      'stored lapsed',
      contract({ status: 'lapsed' }),
      'current',
      '2026-06-01',
      'lapsed',
      false,
      false,
      'contract.lapsed',
      'IMP-02',
    ],
    [
      'auto_renew off → lapsed the day after the end',
      contract({ autoRenew: false }),
      'current',
      '2026-11-01',
      'lapsed',
      false,
      false,
      'contract.lapsed',
      'IMP-02',
    ],
    [
      'terminated',
      contract({ status: 'terminated' }),
      'current',
      '2026-06-01',
      'terminated',
      false,
      false,
      'contract.terminated',
      null,
    ],
    [
      'pending has not started',
      contract({ status: 'pending' }),
      'current',
      '2026-06-30',
      'none',
      false,
      false,
      'contract.not_started',
      null,
    ],
  ] as const)('%s', (_name, input, paymentStatus, today, status, entitled, agent, code, clause) => {
    const result = assessEntitlement({ contracts: [input], paymentStatus, today });
    expect(result).toMatchObject({ status, entitled, agentMayOpenCases: agent, code, clause });
  });

  it('no contract → none, refused', () => {
    expect(assessEntitlement({ contracts: [], paymentStatus: 'current', today: '2026-06-01' })).toMatchObject(
      {
        status: 'none',
        entitled: false,
        code: 'contract.none',
      },
    );
  });

  it('IMP-03 the renewed term follows K1 (1 Nov → 31 Oct), not term_start + 12 months', () => {
    const result = assessEntitlement({
      contracts: [contract()],
      paymentStatus: 'current',
      today: '2026-12-02',
    });
    expect([result.termStart, result.termEnd]).toEqual(['2026-11-01', '2027-10-31']);
    expect(rollTerm('2026-01-20', '2027-01-31', 12, '2027-02-01')).toEqual({
      start: '2027-02-01',
      end: '2028-01-31',
    });
    expect(rollTerm('2024-02-29', '2025-02-28', 12, '2025-03-01')).toEqual({
      start: '2025-03-01',
      end: '2026-02-28',
    });
  });

  it('lapsed reports the last day support was in force (IVA-11)', () => {
    const result = assessEntitlement({
      contracts: [contract({ packId: 'ivanti', rules: iva, termStart: '2026-01-01', termEnd: '2026-12-31' })],
      paymentStatus: 'current',
      today: '2027-02-01',
    });
    expect(result.supportEndedOn).toBe('2026-12-31');
  });

  it('the best standing wins among several contracts', () => {
    const result = assessEntitlement({
      contracts: [contract({ id: 'old', status: 'lapsed' }), contract({ id: 'new' })],
      paymentStatus: 'current',
      today: '2026-06-01',
    });
    expect(result.contractId).toBe('new');
  });
});
