import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { addContract, ivantiDetails } from './record-fixtures.js';

// Tuesday 2026-11-24 10:00 New York (15:00Z): inside the US / americas centre hours.
const opened = new Date('2026-11-24T15:00:00Z');

async function setup(packId: string, plan: string) {
  let now = opened;
  const app = await createTestApp({ clock: () => now });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { packId, plan });
  const agent = await loginAs(app, tenant.users.agent);
  const customer = await loginAs(app, tenant.users.customer_contact);
  const manager = await loginAs(app, tenant.users.support_manager);
  const setNow = (at: string) => {
    now = new Date(at);
  };
  return { app, tenant, agent, customer, manager, setNow };
}

async function openCase(client: Awaited<ReturnType<typeof loginAs>>, body: Record<string, unknown>) {
  const response = await client.post('/api/v1/cases', { title: 'Case', description: 'Broken', ...body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

describe('POST /api/v1/cases/:id/severity', () => {
  it('re-times the milestones from the original opening, records each re-target with its reason, audits, emits case.severity_changed', async () => {
    const { tenant, agent, customer, setNow } = await setup('imprivata-onesign', 'standard');
    const kase = await openCase(agent, { severity: 'P3', accountId: tenant.accountId });
    setNow('2026-11-24T16:00:00Z');
    const response = await agent.post(`/api/v1/cases/${kase.id}/severity`, {
      severity: 'P1',
      reason: 'Agreed with the customer: all wards affected',
    });
    expect(response.statusCode, response.body).toBe(200);
    const changed = response.json();
    expect(changed.severity).toBe('P1');
    // P1 Standard: 4 business hours from the ORIGINAL opening (10:00 → 14:00 New York).
    const firstResponse = changed.milestones.find((m: { name: string }) => m.name === 'first_response');
    expect(firstResponse.due).toBe('2026-11-24T19:00:00.000Z');
    expect(firstResponse.explanation.at(-1)).toContain('Agreed with the customer');

    const db = await getTestDatabase();
    const retargets = await db
      .selectFrom('case_retargets')
      .selectAll()
      .where('tenant_id', '=', tenant.tenant.id)
      .where('case_id', '=', kase.id)
      .execute();
    expect(retargets.map((row) => [row.milestone, row.rule, row.reason])).toEqual(
      expect.arrayContaining([
        ['first_response', 'recompute_from_opening', 'Agreed with the customer: all wards affected'],
        ['resolution', 'recompute_from_opening', 'Agreed with the customer: all wards affected'],
      ]),
    );
    const audit = await db
      .selectFrom('audit_log')
      .select(['action', 'before', 'after'])
      .where('tenant_id', '=', tenant.tenant.id)
      .where('entity_id', '=', kase.id)
      .where('action', '=', 'case.severity_changed')
      .execute();
    expect(audit).toMatchObject([{ before: { severity: 'P3' }, after: { severity: 'P1' } }]);
    const events = await db
      .selectFrom('outbox_events')
      .select('type')
      .where('tenant_id', '=', tenant.tenant.id)
      .where('entity_id', '=', kase.id)
      .execute();
    expect(events.map((event) => event.type)).toContain('case.severity_changed');

    // A met milestone never moves.
    await agent.post(`/api/v1/cases/${kase.id}/comments`, { body: 'On it', visibility: 'public' });
    setNow('2026-11-24T17:00:00Z');
    const again = (
      await agent.post(`/api/v1/cases/${kase.id}/severity`, { severity: 'P2', reason: 'Workaround found' })
    ).json();
    const met = again.milestones.find((m: { name: string }) => m.name === 'first_response');
    expect(met.due).toBe('2026-11-24T19:00:00.000Z');
    expect(met.metAt).toBe('2026-11-24T16:00:00.000Z');

    expect((await customer.get(`/api/v1/cases/${kase.id}`)).json().allowedActions).not.toContain(
      'change_severity',
    );
  });

  it('answers 400 naming the field, 403 to customers, 404 across tenants', async () => {
    const { app, tenant, agent, customer } = await setup('imprivata-onesign', 'standard');
    const kase = await openCase(agent, { severity: 'P3', accountId: tenant.accountId });
    const url = `/api/v1/cases/${kase.id}/severity`;
    const noReason = await agent.post(url, { severity: 'P1', reason: ' ' });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.details[0].field).toBe('reason');
    const unknown = await agent.post(url, { severity: 'S1', reason: 'x' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0].field).toBe('severity');
    expect((await customer.post(url, { severity: 'P1', reason: 'please' })).statusCode).toBe(403);
    const other = await createTestTenant();
    const stranger = await loginAs(app, other.users.vendor_admin);
    expect((await stranger.post(url, { severity: 'P1', reason: 'x' })).statusCode).toBe(404);
  });

  it('Ivanti: raising a portal case to S1 keeps it out of the S1 response target and says to call (C3)', async () => {
    const { tenant, agent } = await setup('ivanti', 'enterprise');
    const kase = await openCase(agent, {
      severity: 'S2',
      accountId: tenant.accountId,
      details: ivantiDetails,
    });
    const changed = (
      await agent.post(`/api/v1/cases/${kase.id}/severity`, { severity: 'S1', reason: 'Production down' })
    ).json();
    expect(changed.severity).toBe('S1');
    const firstResponse = changed.milestones.find((m: { name: string }) => m.name === 'first_response');
    expect(firstResponse.kind).toBe('not_eligible');
    expect(firstResponse.due).toBeNull();
    expect(firstResponse.explanation.join(' ')).toMatch(/phone/i);
  });
});
