import { describe, expect, it } from 'vitest';
import { loadEntitlement } from '../../src/commands/contracts/load-entitlement.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { addContract, ivantiDetails } from './record-fixtures.js';

// Monday 2026-03-02 10:00 in New York (15:00Z).
const monday = new Date('2026-03-02T15:00:00Z');

async function markDelinquent(tenantId: string, accountId: string) {
  const db = await getTestDatabase();
  await db
    .updateTable('accounts')
    .set({ payment_status: 'delinquent' })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', accountId)
    .execute();
}

const caseBody = { title: 'Badge tap fails', description: 'ward 3', severity: 'P2' };

describe('case intake under the entitlement', () => {
  it('IMP-10 service withheld: portal cases refused with the reason, agents may still open', async () => {
    const app = await createTestApp({ clock: () => monday });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    await markDelinquent(tenant.tenant.id, tenant.accountId);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const refused = await customer.post('/api/v1/cases', caseBody);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('contract.service_withheld');
    expect(refused.json().error.message).toMatch(/payment is overdue/);
    expect(refused.json().error.message).not.toMatch(/IMP-/);
    const agent = await loginAs(app, tenant.users.agent);
    const opened = await agent.post('/api/v1/cases', {
      ...caseBody,
      accountId: tenant.accountId,
      channel: 'email',
    });
    expect(opened.statusCode).toBe(201);
    const entitlement = await loadEntitlement(
      await getTestDatabase(),
      tenant.tenant.id,
      { accountId: tenant.accountId },
      monday,
    );
    expect(entitlement).toMatchObject({
      status: 'withheld',
      entitled: false,
      agentMayOpenCases: true,
      clause: 'IMP-10',
    });
  });

  it('IVA-33 suspended (renewal unpaid): customers and agents are refused', async () => {
    const app = await createTestApp({ clock: () => monday });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan: 'enterprise' });
    await markDelinquent(tenant.tenant.id, tenant.accountId);
    const customer = await loginAs(app, tenant.users.customer_contact);
    const refused = await customer.post('/api/v1/cases', {
      ...caseBody,
      severity: 'S2',
      details: ivantiDetails,
    });
    expect(refused.json().error.code).toBe('contract.suspended');
    const agent = await loginAs(app, tenant.users.agent);
    const alsoRefused = await agent.post('/api/v1/cases', {
      ...caseBody,
      accountId: tenant.accountId,
      severity: 'S2',
      details: ivantiDetails,
    });
    expect(alsoRefused.statusCode).toBe(400);
    expect(alsoRefused.json().error.code).toBe('contract.suspended');
  });

  it('IVA-32 lapsed: an Ivanti term that ended without renewal refuses new cases', async () => {
    const afterExpiry = new Date('2027-01-05T15:00:00Z');
    const app = await createTestApp({ clock: () => afterExpiry });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan: 'enterprise' });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const refused = await customer.post('/api/v1/cases', {
      ...caseBody,
      severity: 'S2',
      details: ivantiDetails,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('contract.lapsed');
    const entitlement = await loadEntitlement(
      await getTestDatabase(),
      tenant.tenant.id,
      { accountId: tenant.accountId, packId: 'ivanti' },
      afterExpiry,
    );
    expect(entitlement).toMatchObject({ status: 'lapsed', supportEndedOn: '2026-12-31', clause: 'IVA-32' });
  });

  it('IMP-03 an Imprivata term that ended renews automatically and cases still open', async () => {
    const afterExpiry = new Date('2027-01-05T15:00:00Z');
    const app = await createTestApp({ clock: () => afterExpiry });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const opened = await customer.post('/api/v1/cases', caseBody);
    expect(opened.statusCode).toBe(201);
    const entitlement = await loadEntitlement(
      await getTestDatabase(),
      tenant.tenant.id,
      { accountId: tenant.accountId },
      afterExpiry,
    );
    expect(entitlement).toMatchObject({ status: 'active', termStart: '2027-01-01', termEnd: '2027-12-31' });
  });
});

describe('contract records under the commercial rules', () => {
  const body = (accountId: string, packId: string, plan: string) => ({
    reference: `K-${plan}-${packId}`,
    accountId,
    packId,
    plan,
    channel: 'direct',
    termStart: '2026-01-01',
    termEnd: '2026-12-31',
    status: 'active',
  });

  it('IMP-05 refuses a vendor "terminate without cause" with a clear error', async () => {
    const app = await createTestApp({ clock: () => monday });
    const tenant = await createTestTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const created = await admin.post(
      '/api/v1/contracts',
      body(tenant.accountId, 'imprivata-onesign', 'premium'),
    );
    expect(created.statusCode).toBe(201);
    const terminated = await admin.patch(`/api/v1/contracts/${created.json().id}`, { status: 'terminated' });
    expect(terminated.statusCode).toBe(400);
    expect(terminated.json().error.code).toBe('contract.termination_without_cause_prohibited');
    // Ivanti states no such prohibition.
    const ivanti = await admin.post('/api/v1/contracts', body(tenant.accountId, 'ivanti', 'enterprise'));
    expect(
      (await admin.patch(`/api/v1/contracts/${ivanti.json().id}`, { status: 'terminated' })).statusCode,
    ).toBe(200);
  });

  it('IVA-37 the legacy Enhanced plan accepts no new contracts', async () => {
    const app = await createTestApp({ clock: () => monday });
    const tenant = await createTestTenant();
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const refused = await admin.post('/api/v1/contracts', body(tenant.accountId, 'ivanti', 'enhanced'));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('contract.plan_not_sold');
  });
});
