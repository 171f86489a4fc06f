import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

const opened = new Date('2026-11-24T15:00:00Z');

async function setup() {
  const app = await createTestApp({ clock: () => opened });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { packId: 'imprivata-onesign', plan: 'standard' });
  const agent = await loginAs(app, tenant.users.agent);
  const kase = (
    await agent.post('/api/v1/cases', {
      accountId: tenant.accountId,
      title: 'Badge tap fails',
      description: 'x',
      severity: 'P2',
    })
  ).json();
  return { app, tenant, agent, kase };
}

async function eventsOf(tenantId: string, caseId: string) {
  const db = await getTestDatabase();
  return db
    .selectFrom('outbox_events')
    .select(['type', 'payload'])
    .where('tenant_id', '=', tenantId)
    .where('entity_id', '=', caseId)
    .orderBy('id')
    .execute();
}

describe('POST /api/v1/cases/:id/escalate', () => {
  it('goes 1 → 2 → 3, records the Tier 3 checklist, emails the customer each time, and shows in the manager view', async () => {
    const { app, tenant, agent, kase } = await setup();
    const url = `/api/v1/cases/${kase.id}/escalate`;
    const tier2 = await agent.post(url, { reason: 'Needs a specialist' });
    expect(tier2.statusCode, tier2.body).toBe(200);
    expect(tier2.json()).toMatchObject({ tier: 2, escalatedAt: opened.toISOString(), tier3: null });

    const missingCategory = await agent.post(url, { tier: 3, reason: 'Software change needed' });
    expect(missingCategory.statusCode).toBe(400);
    expect(missingCategory.json().error.details[0].field).toBe('category');
    const screenShare = await agent.post(url, {
      tier: 3,
      reason: 'Software change needed',
      category: 'agent',
      evidence: ['screen_share'],
    });
    expect(screenShare.statusCode).toBe(400);
    expect(screenShare.json().error.details[0].field).toBe('evidence');

    const tier3 = await agent.post(url, {
      tier: 3,
      reason: 'Software change needed',
      category: 'agent',
      evidence: ['vm_image'],
    });
    expect(tier3.statusCode, tier3.body).toBe(200);
    expect(tier3.json()).toMatchObject({
      tier: 3,
      tier3: {
        category: 'agent',
        checklist: [
          { item: 'vpn_remote_access', provided: false },
          { item: 'vm_image', provided: true },
          { item: 'shipped_machine', provided: false },
        ],
      },
    });
    expect(tier3.json().allowedActions).not.toContain('escalate');
    expect((await agent.post(url, { tier: 2, reason: 'back down' })).statusCode).toBe(409);

    const events = await eventsOf(tenant.tenant.id, kase.id);
    const escalations = events.filter((event) => event.type === 'case.escalated');
    expect(escalations).toHaveLength(2);
    for (const event of escalations) {
      const payload = event.payload as { email: { recipients: { email: string }[]; subject: string } };
      expect(payload.email.recipients.map((r) => r.email)).toContain(tenant.users.customer_contact.email);
    }
    expect(events.map((event) => event.type)).toContain('case.tier3_escalated');

    const manager = await loginAs(app, tenant.users.support_manager);
    const view = await manager.get('/api/v1/cases?escalated=true');
    expect(view.statusCode).toBe(200);
    expect(view.json().items.map((item: { id: string }) => item.id)).toEqual([kase.id]);
    const tier3List = await manager.get('/api/v1/cases?escalated=true&tier=3');
    expect(tier3List.json().items).toHaveLength(1);
    expect((await agent.get('/api/v1/cases?escalated=true')).statusCode).toBe(403);
  });

  it('lists only escalated cases, answers 403 to customers and 404 across tenants', async () => {
    const { app, tenant, agent, kase } = await setup();
    await agent.post('/api/v1/cases', {
      accountId: tenant.accountId,
      title: 'Not escalated',
      description: 'x',
      severity: 'P3',
    });
    const admin = await loginAs(app, tenant.users.vendor_admin);
    expect((await admin.get('/api/v1/cases?escalated=true')).json().items).toEqual([]);
    const customer = await loginAs(app, tenant.users.customer_admin);
    const url = `/api/v1/cases/${kase.id}/escalate`;
    expect((await customer.post(url, { reason: 'hurry' })).statusCode).toBe(403);
    expect((await customer.get('/api/v1/cases?escalated=true')).statusCode).toBe(403);
    const stranger = await loginAs(app, (await createTestTenant()).users.support_manager);
    expect((await stranger.post(url, { reason: 'x' })).statusCode).toBe(404);
    expect((await agent.post(url, { reason: '' })).statusCode).toBe(400);
  });
});
