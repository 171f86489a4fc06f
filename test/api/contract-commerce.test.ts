import { describe, expect, it } from 'vitest';
import { upsertPrice } from '../../src/repositories/price-book-repository.js';
import {
  createManualClock,
  createTestApp,
  createTestTenant,
  getTestDatabase,
  loginAs,
  type TTestTenant,
} from '../helpers/index.js';
import { ivantiDetails } from './record-fixtures.js';

const at = (date: string) => new Date(`${date}T15:00:00Z`);
const impCase = { title: 'Badge tap fails', description: 'ward 3', severity: 'P2' };
const ivaCase = { ...impCase, severity: 'S2', details: ivantiDetails };

async function setup(start: string) {
  const clock = createManualClock(at(start));
  const app = await createTestApp({ clock });
  const tenant = await createTestTenant();
  const db = await getTestDatabase();
  for (const [packId, plan, amountMinor] of [
    ['imprivata-onesign', 'premium', 1_200_000],
    ['ivanti', 'enterprise', 2_400_000],
  ] as const) {
    await upsertPrice(
      db,
      tenant.tenant.id,
      { packId, item: plan, effectiveFrom: '2025-01-01', amountMinor, currency: 'USD' },
      at(start),
    );
  }
  const admin = await loginAs(app, tenant.users.vendor_admin);
  return { app, clock, tenant, admin };
}

async function createContract(
  admin: Awaited<ReturnType<typeof loginAs>>,
  tenant: TTestTenant,
  body: Record<string, unknown>,
) {
  const created = await admin.post('/api/v1/contracts', {
    reference: `K-${Math.random().toString(36).slice(2, 8)}`,
    accountId: tenant.accountId,
    ...body,
  });
  expect(created.statusCode).toBe(201);
  return created.json() as { id: string; termStart: string; termEnd: string };
}

describe('contract terms and notices over the database', () => {
  it('IMP-02 K1 the initial term is computed from the ship date and stored with its price and pack version', async () => {
    const { admin, tenant } = await setup('2026-02-02');
    const contract = await createContract(admin, tenant, {
      packId: 'imprivata-onesign',
      plan: 'premium',
      shipDate: '2026-01-20',
    });
    expect(contract).toMatchObject({ termStart: '2026-01-20', termEnd: '2027-01-31' });
    const view = (await admin.get(`/api/v1/contracts/${contract.id}/commerce`)).json();
    expect(view.terms[0]).toMatchObject({
      start: '2026-01-20',
      end: '2027-01-31',
      kind: 'initial',
      stored: true,
      amountMinor: 1_200_000,
      currency: 'USD',
    });
    expect(view.terms[0].packVersion).toBeTruthy();
    expect(view.nonRenewalDeadline).toBe('2027-01-01');
    expect(view.termsApply).toBe('policy');
  }, 120_000); // the first test of the file also pays for the database set-up

  it('IMP-04 a customer admin records the own non-renewal in the portal: timely → ends, late → renews', async () => {
    const { app, admin, tenant, clock } = await setup('2026-12-20');
    const contract = await createContract(admin, tenant, {
      packId: 'imprivata-onesign',
      plan: 'premium',
      shipDate: '2026-01-20',
    });
    const contact = await loginAs(app, tenant.users.customer_contact);
    const refused = await contact.post(`/api/v1/contracts/${contract.id}/notices`, {
      kind: 'non_renewal',
      receivedOn: '2026-12-20',
    });
    expect(refused.statusCode).toBe(403);
    const customerAdmin = await loginAs(app, tenant.users.customer_admin);
    const breach = await customerAdmin.post(`/api/v1/contracts/${contract.id}/notices`, {
      kind: 'breach',
      receivedOn: '2026-12-20',
    });
    expect(breach.statusCode).toBe(403);
    const future = await customerAdmin.post(`/api/v1/contracts/${contract.id}/notices`, {
      kind: 'non_renewal',
      receivedOn: '2026-12-21',
    });
    expect(future.json().error.code).toBe('contract.notice_in_future');
    // Deadline 2027-01-31 − 30 days = 2027-01-01: received 2026-12-20 is timely.
    const recorded = await customerAdmin.post(`/api/v1/contracts/${contract.id}/notices`, {
      kind: 'non_renewal',
      receivedOn: '2026-12-20',
    });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().notices[0]).toMatchObject({
      kind: 'non_renewal',
      fromParty: 'customer',
      deadline: '2027-01-01',
      outcome: 'contract.non_renewal_accepted',
      clause: 'IMP-04',
    });
    expect(recorded.json().status).toBe('non_renewing');
    // After the term: lapsed, new portal cases refused.
    clock.set(at('2027-02-03'));
    const customer = await loginAs(app, tenant.users.customer_contact);
    const kase = await customer.post('/api/v1/cases', impCase);
    expect(kase.statusCode).toBe(400);
    expect(kase.json().error.code).toBe('contract.lapsed');
  });

  it('IMP-04 a non-renewal received the day after the deadline is late and the contract renews', async () => {
    const { app, admin, tenant, clock } = await setup('2027-01-02');
    const contract = await createContract(admin, tenant, {
      packId: 'imprivata-onesign',
      plan: 'premium',
      shipDate: '2026-01-20',
    });
    const late = await admin.post(`/api/v1/contracts/${contract.id}/notices`, {
      kind: 'non_renewal',
      receivedOn: '2027-01-02',
    });
    expect(late.json().notices[0]).toMatchObject({
      outcome: 'contract.notice_late',
      code: 'contract.notice_late',
    });
    clock.set(at('2027-02-03'));
    const customer = await loginAs(app, tenant.users.customer_contact);
    expect((await customer.post('/api/v1/cases', impCase)).statusCode).toBe(201);
    const view = (
      await (await loginAs(app, tenant.users.vendor_admin)).get(`/api/v1/contracts/${contract.id}/commerce`)
    ).json();
    expect(view.currentTerm).toEqual({ start: '2027-02-01', end: '2028-01-31' });
  });

  it('IVA-02/IVA-03 an objection needs its reason; with one inside 30 days the change is disputed', async () => {
    const { admin, tenant } = await setup('2026-06-20');
    const contract = await createContract(admin, tenant, {
      packId: 'ivanti',
      plan: 'enterprise',
      termStart: '2026-01-01',
    });
    await admin.post(`/api/v1/contracts/${contract.id}/notices`, {
      kind: 'change',
      receivedOn: '2026-05-21',
      version: '2027.1',
    });
    const noReason = await admin.post(`/api/v1/contracts/${contract.id}/notices`, {
      kind: 'objection',
      receivedOn: '2026-06-20',
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.code).toBe('contract.objection_reason_required');
    const objected = await admin.post(`/api/v1/contracts/${contract.id}/notices`, {
      kind: 'objection',
      receivedOn: '2026-06-20',
      reason: 'The new response targets are slower for our S2 cases',
    });
    const notices = objected.json().notices;
    expect(notices.map((n: { outcome: string }) => n.outcome)).toEqual([
      'contract.change_disputed',
      'contract.change_disputed',
    ]);
    expect(notices[0]).toMatchObject({ deadline: '2026-06-20', clause: 'IVA-02' });
  });
});

describe('payments and standing over the database', () => {
  it('IMP-10 an overdue invoice lets the vendor withhold service: portal refused with the reason, agents may open', async () => {
    const { app, admin, tenant } = await setup('2026-06-10');
    const contract = await createContract(admin, tenant, {
      packId: 'imprivata-onesign',
      plan: 'premium',
      shipDate: '2026-01-20',
    });
    const notOverdue = await admin.put(`/api/v1/contracts/${contract.id}/service-withheld`, {
      withheld: true,
    });
    expect(notOverdue.statusCode).toBe(400);
    expect(notOverdue.json().error.code).toBe('contract.not_overdue');
    const issued = await admin.post(`/api/v1/contracts/${contract.id}/invoices`, {
      number: 'INV-1001',
      purpose: 'other',
      issuedOn: '2026-05-01',
      dueOn: '2026-05-31',
      amountMinor: 1_200_000,
      currency: 'USD',
    });
    expect(issued.json().invoices[0]).toMatchObject({ number: 'INV-1001', state: 'overdue' });
    // Overdue alone does not withhold: the vendor "may" (IMP-10).
    const customer = await loginAs(app, tenant.users.customer_contact);
    expect((await customer.post('/api/v1/cases', impCase)).statusCode).toBe(201);
    const withheld = await admin.put(`/api/v1/contracts/${contract.id}/service-withheld`, { withheld: true });
    expect(withheld.json()).toMatchObject({ status: 'withheld', serviceWithheldOn: '2026-06-10' });
    const refused = await customer.post('/api/v1/cases', impCase);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('contract.service_withheld');
    expect(refused.json().error.message).toMatch(/payment is overdue/);
    const agent = await loginAs(app, tenant.users.agent);
    const byAgent = await agent.post('/api/v1/cases', {
      ...impCase,
      accountId: tenant.accountId,
      channel: 'email',
    });
    expect(byAgent.statusCode).toBe(201);
    const restored = await admin.put(`/api/v1/contracts/${contract.id}/service-withheld`, {
      withheld: false,
    });
    expect(restored.json().status).toBe('active');
  });

  it('IVA-33 K7 a renewal ordered but unpaid at expiry suspends support; payment restores it with no fee', async () => {
    const { app, admin, tenant, clock } = await setup('2026-12-01');
    const contract = await createContract(admin, tenant, {
      packId: 'ivanti',
      plan: 'enterprise',
      termStart: '2026-01-01',
    });
    expect(contract.termEnd).toBe('2026-12-31');
    const refusedWithhold = await admin.put(`/api/v1/contracts/${contract.id}/service-withheld`, {
      withheld: true,
    });
    expect(refusedWithhold.json().error.code).toBe('contract.withhold_not_in_policy');
    const ordered = await admin.post(`/api/v1/contracts/${contract.id}/renewal-orders`, {
      orderedOn: '2026-12-01',
      invoiceNumber: 'IV-2027-1',
    });
    expect(ordered.statusCode).toBe(200);
    expect(ordered.json().terms.at(-1)).toMatchObject({
      start: '2027-01-01',
      end: '2027-12-31',
      kind: 'renewal',
      amountMinor: 2_400_000,
    });
    expect(ordered.json().invoices[0]).toMatchObject({ dueOn: '2026-12-31', state: 'open' });

    clock.set(at('2027-01-04'));
    const customer = await loginAs(app, tenant.users.customer_contact);
    const refused = await customer.post('/api/v1/cases', ivaCase);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('contract.suspended');
    const agent = await loginAs(app, tenant.users.agent);
    const agentRefused = await agent.post('/api/v1/cases', { ...ivaCase, accountId: tenant.accountId });
    expect(agentRefused.json().error.code).toBe('contract.suspended');

    const vendor = await loginAs(app, tenant.users.vendor_admin);
    const invoiceId = ordered.json().invoices[0].id;
    const paid = await vendor.post(`/api/v1/contracts/${contract.id}/invoices/${invoiceId}/payment`, {
      paidOn: '2027-01-04',
    });
    expect(paid.json()).toMatchObject({
      status: 'active',
      currentTerm: { start: '2027-01-01', end: '2027-12-31' },
    });
    expect(paid.json().invoices).toHaveLength(1); // restored with no fee
    expect((await customer.post('/api/v1/cases', ivaCase)).statusCode).toBe(201);
  });

  it('IVA-32 no renewal by expiry → lapsed; a renewal order after expiry is refused (reinstatement applies)', async () => {
    const { app, admin, tenant, clock } = await setup('2027-01-04');
    const contract = await createContract(admin, tenant, {
      packId: 'ivanti',
      plan: 'enterprise',
      termStart: '2026-01-01',
    });
    clock.set(at('2027-01-05'));
    const vendor = await loginAs(app, tenant.users.vendor_admin);
    const late = await vendor.post(`/api/v1/contracts/${contract.id}/renewal-orders`, {
      orderedOn: '2027-01-05',
      invoiceNumber: 'IV-LATE',
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.code).toBe('contract.renewal_after_expiry');
    const view = (await vendor.get(`/api/v1/contracts/${contract.id}/commerce`)).json();
    expect(view).toMatchObject({ status: 'lapsed', statusCode: 'contract.lapsed' });
    const customer = await loginAs(app, tenant.users.customer_contact);
    expect((await customer.post('/api/v1/cases', ivaCase)).json().error.code).toBe('contract.lapsed');
  });

  it('IMP-01 a reseller contract says the policy’s direct terms do not apply; customers see only their own', async () => {
    const { app, admin, tenant } = await setup('2026-06-10');
    const contract = await createContract(admin, tenant, {
      packId: 'imprivata-onesign',
      plan: 'standard',
      channel: 'reseller',
      shipDate: '2026-01-20',
    });
    const view = (await admin.get(`/api/v1/contracts/${contract.id}/commerce`)).json();
    expect(view.termsApply).toBe('reseller_agreement');
    expect(view.termsNote).toMatch(/reseller/);
    const other = await createTestTenant();
    const stranger = await loginAs(app, other.users.customer_admin);
    expect((await stranger.get(`/api/v1/contracts/${contract.id}/commerce`)).statusCode).toBe(404);
  });
});
