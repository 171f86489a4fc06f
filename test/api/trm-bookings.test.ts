import { describe, expect, it } from 'vitest';
import { contractResource } from '../../src/commands/contracts/contract-resource.js';
import { createRecord } from '../../src/commands/records/create-record.js';
import { expireTrmTerms } from '../../src/commands/training/expire-trm-terms.js';
import type { TActor } from '../../src/policies/actor.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';

/** An Ivanti support contract covering the dates these tests book on (TRM needs active support). */
async function addIvantiContract(actor: TActor, accountId: string, status: 'active' | 'lapsed' = 'active') {
  return createRecord(
    { db: await getTestDatabase() },
    actor,
    contractResource,
    {
      reference: `C-${Math.random().toString(36).slice(2, 10)}`,
      account_id: accountId,
      pack_id: 'ivanti',
      plan: 'enterprise',
      channel: 'direct',
      term_start: '2026-06-01',
      term_end: '2027-05-31',
      status,
      licences: 100,
    },
    new Date('2026-06-01T00:00:00Z'),
  );
}

async function setup(now = new Date('2026-12-02T15:00:00Z'), contract: 'active' | 'lapsed' = 'active') {
  let clock = now;
  const app = await createTestApp({ clock: () => clock });
  const t = await createTestTenant();
  await addIvantiContract(t.system, t.accountId, contract);
  const vendor = await loginAs(app, t.users.support_manager);
  const customer = await loginAs(app, t.users.customer_admin);
  const created = await vendor.post('/api/v1/trm/subscriptions', {
    accountId: t.accountId,
    offering: 'basic',
    purchasedOn: '2026-03-15',
  });
  expect(created.statusCode).toBe(201);
  return { app, t, vendor, customer, sub: created.json(), setClock: (d: Date) => (clock = d) };
}

describe('TRM bookings over the API', () => {
  it('IVA-41 IVA-42 the customer books and sees remaining days; the vendor sees the same balance', async () => {
    const { customer, vendor, sub } = await setup();
    expect(sub.allowance).toEqual({ days: 12, onsiteDays: 3, vouchers: 1 });
    const booked = await customer.post(`/api/v1/trm/subscriptions/${sub.id}/bookings`, {
      kind: 'onsite',
      days: ['2026-12-07', '2026-12-08'],
    });
    expect(booked.statusCode).toBe(201);
    expect(booked.json().remaining).toEqual({ days: 10, onsiteDays: 1, vouchers: 1 });
    expect(booked.json().travelBilled).toBe(false);
    const list = await vendor.get('/api/v1/trm/subscriptions');
    expect(list.json().items[0]).toMatchObject({ id: sub.id, used: { days: 2, onsiteDays: 2, vouchers: 0 } });
    // The first test of the file also pays for the database set-up on a loaded machine.
  }, 120_000);

  it('IVA-43 IVA-42 IVA-45 refusals carry the dotted codes and store nothing', async () => {
    const { customer, sub } = await setup();
    const url = `/api/v1/trm/subscriptions/${sub.id}/bookings`;
    const one = await customer.post(url, { kind: 'onsite', days: ['2026-12-07'] });
    expect([one.statusCode, one.json().error.code]).toEqual([400, 'trm.onsite_block_too_short']);
    const cap = await customer.post(url, {
      kind: 'onsite',
      days: ['2026-12-07', '2026-12-08', '2026-12-09', '2026-12-10'],
    });
    expect([cap.statusCode, cap.json().error.code]).toEqual([409, 'trm.onsite_cap.limit_reached']);
    const nobody = await customer.post(url, { kind: 'voucher' });
    expect(nobody.json().error.code).toBe('trm.voucher_person_required');
    expect((await customer.get(`/api/v1/trm/subscriptions/${sub.id}`)).json().bookings).toEqual([]);
  });

  it('IVA-41 parallel bookings never exceed the annual days (row lock on the subscription)', async () => {
    const { customer, sub } = await setup();
    const url = `/api/v1/trm/subscriptions/${sub.id}/bookings`;
    const days = Array.from({ length: 8 }, (_, i) => `2026-12-${String(10 + i * 2).padStart(2, '0')}`);
    const responses = await Promise.all(
      days.map((d, i) =>
        customer.post(url, { kind: 'remote', days: [d, `2026-12-${String(11 + i * 2).padStart(2, '0')}`] }),
      ),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses.filter((s) => s === 201)).toHaveLength(6);
    expect(responses.filter((r) => r.statusCode === 409).map((r) => r.json().error.code)).toEqual([
      'trm.days.limit_reached',
      'trm.days.limit_reached',
    ]);
    expect((await customer.get(`/api/v1/trm/subscriptions/${sub.id}`)).json().used.days).toBe(12);
  });

  it('IVA-47 the expiry job writes one expiry entry per ended term, idempotently, and the new term starts full', async () => {
    const { customer, sub, setClock } = await setup(new Date('2027-03-10T12:00:00Z'));
    await customer.post(`/api/v1/trm/subscriptions/${sub.id}/bookings`, {
      kind: 'remote',
      days: ['2027-03-11'],
    });
    const db = await getTestDatabase();
    const after = new Date('2027-03-15T01:00:00Z');
    setClock(after);
    await Promise.all([expireTrmTerms({ db }, after), expireTrmTerms({ db }, after)]);
    await expireTrmTerms({ db }, after);
    const view = (await customer.get(`/api/v1/trm/subscriptions/${sub.id}`)).json();
    expect(view.ledger.filter((e: { kind: string }) => e.kind === 'expiry')).toEqual([
      { date: '2027-03-14', kind: 'expiry', termStart: '2026-03-15', days: 11, onsiteDays: 0, vouchers: 1 },
    ]);
    expect(view.period).toEqual({ start: '2027-03-15', end: '2028-03-14' });
    expect(view.remaining).toEqual({ days: 12, onsiteDays: 3, vouchers: 1 });
  });

  it('IVA-46 a notice by the deadline stops the renewal; a late one is flagged and the renewal stands', async () => {
    const { vendor, sub } = await setup();
    const late = await vendor.post(`/api/v1/trm/subscriptions/${sub.id}/notices`, { received: '2027-01-14' });
    expect(late.json()).toMatchObject({ nonRenewalDeadline: '2027-01-13', noticeLate: true, renews: true });
    const onTime = await vendor.post(`/api/v1/trm/subscriptions/${sub.id}/notices`, {
      received: '2027-01-13',
    });
    expect(onTime.json()).toMatchObject({ noticeLate: false, renews: false });
  });

  it('customers of another account cannot see or book the subscription', async () => {
    const { app, t, sub } = await setup();
    const otherAccount = await t.addAccount();
    const other = await loginAs(app, await t.addUser({ role: 'customer_admin', accountId: otherAccount }));
    expect((await other.get(`/api/v1/trm/subscriptions/${sub.id}`)).statusCode).toBe(404);
    const r = await other.post(`/api/v1/trm/subscriptions/${sub.id}/bookings`, {
      kind: 'voucher',
      person: 'X',
    });
    expect(r.json().error.code).toBe('trm_subscription.not_found');
  });

  it('bookings need active support: a lapsed contract is refused trm.no_entitlement and nothing is stored', async () => {
    const { customer, sub } = await setup(undefined, 'lapsed');
    const res = await customer.post(`/api/v1/trm/subscriptions/${sub.id}/bookings`, {
      kind: 'remote',
      days: ['2026-12-07'],
    });
    expect([res.statusCode, res.json().error.code]).toEqual([400, 'trm.no_entitlement']);
    expect(res.json().error.message).not.toMatch(/IVA-|IMP-/);
    const view = (await customer.get(`/api/v1/trm/subscriptions/${sub.id}`)).json();
    expect([view.bookings, view.used.days]).toEqual([[], 0]);
  });
});
