import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../packs/registry.js';
import { assessNotices, type TStoredNotice } from './assess-notices.js';
import { assessContractStanding } from './contract-standing.js';
import { initialTerm, projectTerms } from './contract-terms.js';

const imp = getBuiltInPack('imprivata-onesign');
const iva = getBuiltInPack('ivanti');
const notice = (kind: TStoredNotice['kind'], receivedOn: string, extra: Partial<TStoredNotice> = {}) => ({
  id: `${kind}-${receivedOn}`,
  kind,
  fromParty: 'customer' as const,
  receivedOn,
  ...extra,
});

describe('initialTerm (K1 / K2, T8)', () => {
  it.each([
    // [pack, ship, start, end]
    ['IMP-02 K1 ship mid-month', imp, { shipDate: '2026-01-20' }, '2026-01-20', '2027-01-31'],
    ['IMP-02 K1 ship on the last day', imp, { shipDate: '2026-01-31' }, '2026-01-31', '2027-01-31'],
    ['IMP-02 K1 ship on 29 February', imp, { shipDate: '2028-02-29' }, '2028-02-29', '2029-02-28'],
    ['IMP-02 K1 ship in December', imp, { shipDate: '2026-12-15' }, '2026-12-15', '2027-12-31'],
    ['IVA-32 K2 start on the 1st', iva, { termStart: '2026-01-01' }, '2026-01-01', '2026-12-31'],
    ['IVA-32 K2 start on 29 February', iva, { termStart: '2028-02-29' }, '2028-02-29', '2029-02-27'],
    ['IVA-32 K2 start on 31 March', iva, { termStart: '2026-03-31' }, '2026-03-31', '2027-03-30'],
  ])('%s', (_name, pack, input, start, end) => {
    expect(initialTerm(pack.contract, input)).toEqual({ start, end });
  });

  it('IMP-03 renewals start the day after a K1 month-end and run 12 months', () => {
    const terms = projectTerms(imp.contract, [{ start: '2026-01-20', end: '2027-01-31' }], '2028-03-01', {
      autoRenew: true,
    });
    expect(terms.map((t) => t.start)).toEqual(['2026-01-20', '2027-02-01', '2028-02-01']);
    expect(terms.at(-1)?.end).toBe('2029-01-31');
    // Ivanti never renews by itself.
    expect(
      projectTerms(iva.contract, [{ start: '2026-01-01', end: '2026-12-31' }], '2027-06-01', {
        autoRenew: true,
      }),
    ).toHaveLength(1);
  });
});

describe('assessNotices (K3–K5, T8: weekends and holidays never move a deadline)', () => {
  const impTerms = [{ start: '2026-01-20', end: '2027-01-31' }];
  const ivaTerms = [{ start: '2026-01-01', end: '2026-12-31' }];
  it.each([
    // Imprivata: 2027-01-31 − 30 days = 2027-01-01 (a US holiday: does not move)
    ['IMP-04 on the deadline day', imp, impTerms, '2027-01-01', 'contract.non_renewal_accepted'],
    ['IMP-04 the day after', imp, impTerms, '2027-01-02', 'contract.notice_late'],
    // Ivanti: 2026-12-31 − 90 days = 2026-10-02
    ['IVA-36 on the deadline day', iva, ivaTerms, '2026-10-02', 'contract.non_renewal_accepted'],
    ['IVA-36 the day after', iva, ivaTerms, '2026-10-03', 'contract.notice_late'],
  ])('%s', (_name, pack, terms, received, outcome) => {
    const [assessed] = assessNotices(pack, terms, [notice('non_renewal', received)], '2027-01-15');
    expect(assessed?.outcome).toBe(outcome);
  });

  it('IMP-06 K4 a change takes effect at the next term with 60 days notice, else the term after', () => {
    const onTime = assessNotices(
      imp,
      impTerms,
      [notice('change', '2026-12-03', { version: '2' })],
      '2026-12-03',
    );
    expect(onTime[0]).toMatchObject({ outcome: 'contract.change_effective', effectiveOn: '2027-02-01' });
    const late = assessNotices(
      imp,
      impTerms,
      [notice('change', '2026-12-04', { version: '2' })],
      '2026-12-04',
    );
    expect(late[0]?.effectiveOn).toBe('2028-02-01');
  });

  it('IVA-02 K5 objection window: on the 30th day disputes, the day after is late', () => {
    const change = notice('change', '2026-05-21', { version: '2' });
    const inTime = assessNotices(
      iva,
      ivaTerms,
      [change, notice('objection', '2026-06-20', { reason: 'slower' })],
      '2026-07-01',
    );
    expect(inTime.map((n) => n.outcome)).toEqual(['contract.change_disputed', 'contract.change_disputed']);
    const late = assessNotices(
      iva,
      ivaTerms,
      [change, notice('objection', '2026-06-21', { reason: 'slower' })],
      '2026-07-01',
    );
    expect(late.map((n) => n.outcome)).toEqual(['contract.change_accepted', 'contract.objection_late']);
    expect(assessNotices(iva, ivaTerms, [change], '2026-06-20')[0]?.outcome).toBe('contract.change_pending');
  });

  it('IMP-07 breach: cured within 30 days, pending until the deadline, then a right to terminate', () => {
    const breach = notice('breach', '2026-03-31');
    expect(
      assessNotices(imp, impTerms, [{ ...breach, curedOn: '2026-04-30' }], '2026-06-01')[0]?.outcome,
    ).toBe('contract.breach_cured');
    expect(assessNotices(imp, impTerms, [breach], '2026-04-30')[0]?.outcome).toBe(
      'contract.breach_cure_pending',
    );
    expect(assessNotices(imp, impTerms, [breach], '2026-05-01')[0]).toMatchObject({
      outcome: 'contract.termination_right_from',
      effectiveOn: '2026-05-01',
    });
  });
});

describe('assessContractStanding', () => {
  const facts = {
    autoRenew: true,
    terms: [{ start: '2026-01-20', end: '2027-01-31' }],
    notices: [] as TStoredNotice[],
    invoices: [] as { id: string; dueOn: string; paidOn: string | null }[],
    serviceWithheldOn: null,
  };
  it('a timely non-renewal stops the automatic renewal after its term', () => {
    const standing = assessContractStanding(
      imp,
      { ...facts, notices: [notice('non_renewal', '2027-01-01')] },
      '2027-03-01',
    );
    expect(standing.terms).toHaveLength(1);
    expect(standing.nonRenewing).toBe(true);
  });
  it('an invoice is overdue from the day after its due date until paid', () => {
    const invoice = { id: 'i1', dueOn: '2026-05-31', paidOn: null };
    expect(assessContractStanding(imp, { ...facts, invoices: [invoice] }, '2026-05-31').overdue).toBe(false);
    expect(assessContractStanding(imp, { ...facts, invoices: [invoice] }, '2026-06-01').overdue).toBe(true);
    expect(
      assessContractStanding(
        imp,
        { ...facts, invoices: [{ ...invoice, paidOn: '2026-06-02' }] },
        '2026-06-02',
      ).overdue,
    ).toBe(false);
  });
});
