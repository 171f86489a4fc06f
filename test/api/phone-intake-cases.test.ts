import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../../src/domain/packs/registry.js';
import { presentSlaResult } from '../../src/domain/sla/present-sla.js';
import { resolveSla } from '../../src/domain/sla/resolve-sla.js';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

const inHours = new Date('2026-03-02T15:00:00Z');
const afterHours = new Date('2026-03-03T04:00:00Z');
const pin = '482913';

async function setUp(now: Date) {
  const app = await createTestApp({ clock: () => now });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
  const admin = await loginAs(app, tenant.users.vendor_admin);
  await admin.put(`/api/v1/accounts/${tenant.accountId}/pin`, { pin });
  const agent = await loginAs(app, tenant.users.agent);
  const verify = async () =>
    (await agent.post('/api/v1/phone-intake/verify', { accountId: tenant.accountId, pin })).json()
      .verificationId as string;
  return { app, tenant, admin, agent, verify };
}

const body = (accountId: string, extra: Record<string, unknown>) => ({
  accountId,
  title: 'Appliance down',
  description: 'Both appliances unreachable',
  severity: 'P0',
  ...extra,
});

describe('POST /api/v1/phone-intake/cases', () => {
  it('opens an after-hours Imprivata Premium P0 with a verified PIN: phone channel, 1-hour elapsed clock, on-call queue and event', async () => {
    const { tenant, admin, agent, verify } = await setUp(afterHours);
    const verificationId = await verify();
    const response = await agent.post(
      '/api/v1/phone-intake/cases',
      body(tenant.accountId, { verificationId }),
    );
    expect(response.statusCode).toBe(201);
    const { case: opened, intake } = response.json();
    expect(opened).toMatchObject({ channel: 'phone', queue: 'on_call', severity: 'P0', centre: 'us' });
    expect(intake).toMatchObject({ queue: 'on_call', afterHours: true });
    const expected = presentSlaResult(
      resolveSla(getBuiltInPack('imprivata-onesign'), {
        plan: 'premium',
        severity: 'P0',
        opened: afterHours.getTime(),
        centre: 'us',
        channel: 'phone',
        pinVerified: true,
        hasCustomer24x7Contact: false,
      }),
    );
    expect(opened.milestones.map((m: { due: string }) => m.due)).toEqual(
      expected.milestones.map((m) => m.due),
    );
    expect(opened.milestones[0].due).toBe(new Date(afterHours.getTime() + 3_600_000).toISOString());

    const onCall = await agent.get('/api/v1/cases?queue=on_call');
    expect(onCall.json().items.map((item: { id: string }) => item.id)).toEqual([opened.id]);
    expect((await agent.get('/api/v1/cases?queue=standard')).json().items).toEqual([]);
    const bad = await agent.get('/api/v1/cases?queue=nope');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toBe('queue');

    const db = await getTestDatabase();
    const events = await db
      .selectFrom('outbox_events')
      .select(['type', 'payload'])
      .where('tenant_id', '=', tenant.tenant.id)
      .where('entity_id', '=', opened.id)
      .execute();
    const onCallEvents = events.filter((event) => event.type === 'case.on_call');
    expect(onCallEvents).toHaveLength(1);
    const payload = onCallEvents[0]?.payload as { email: { recipients: { email: string }[] } } | undefined;
    const recipients = payload?.email.recipients ?? [];
    expect(recipients.map((r) => r.email)).toEqual([tenant.users.support_manager.email]);
    const audit = await admin.get(`/api/v1/audit?entityType=case&entityId=${opened.id}`);
    expect(audit.json().items.map((item: { action: string }) => item.action)).toEqual(
      expect.arrayContaining(['case.opened', 'case.routed_on_call']),
    );

    const reused = await agent.post('/api/v1/phone-intake/cases', body(tenant.accountId, { verificationId }));
    expect(reused.statusCode).toBe(400);
    expect(reused.json().error).toMatchObject({
      code: 'phone.verification_invalid',
      details: [{ field: 'verificationId' }],
    });
  });

  it('refuses a Premium call without a verified PIN, and an after-hours P1 (portal only), opening nothing', async () => {
    const { tenant, agent, verify } = await setUp(afterHours);
    const noPin = await agent.post('/api/v1/phone-intake/cases', body(tenant.accountId, {}));
    expect(noPin.statusCode).toBe(400);
    expect(noPin.json().error.code).toMatch(/premium_pin_required$/);
    const p1 = await agent.post(
      '/api/v1/phone-intake/cases',
      body(tenant.accountId, { severity: 'P1', verificationId: await verify() }),
    );
    expect(p1.statusCode).toBe(400);
    expect(p1.json().error.code).toBe('phone.after_hours_not_accepted');
    expect((await agent.get('/api/v1/cases')).json().items).toEqual([]);
  });

  it('takes an in-hours call into the standard queue; another agent cannot use someone else’s verification', async () => {
    const { app, tenant, agent, verify } = await setUp(inHours);
    const verificationId = await verify();
    const manager = await loginAs(app, tenant.users.support_manager);
    const stolen = await manager.post(
      '/api/v1/phone-intake/cases',
      body(tenant.accountId, { severity: 'P1', verificationId }),
    );
    expect(stolen.statusCode).toBe(400);
    const response = await agent.post(
      '/api/v1/phone-intake/cases',
      body(tenant.accountId, { severity: 'P1', verificationId }),
    );
    expect(response.statusCode).toBe(201);
    expect(response.json().case).toMatchObject({ channel: 'phone', queue: 'standard', severity: 'P1' });
    expect(response.json().intake.afterHours).toBe(false);
  });

  it('answers 400 naming the field, 403 to customers and 404 for another tenant’s account', async () => {
    const { tenant, agent } = await setUp(inHours);
    const missing = await agent.post('/api/v1/phone-intake/cases', {
      accountId: tenant.accountId,
      title: 't',
      description: 'd',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toContain('severity');
    const app = await createTestApp({ clock: () => inHours });
    for (const role of ['customer_admin', 'customer_contact'] as const) {
      const customer = await loginAs(app, tenant.users[role]);
      const refused = await customer.post(
        '/api/v1/phone-intake/cases',
        body(tenant.accountId, { severity: 'P1' }),
      );
      expect(refused.statusCode, role).toBe(403);
    }
    const other = await createTestTenant();
    const intruder = await loginAs(app, other.users.agent);
    const foreign = await intruder.post(
      '/api/v1/phone-intake/cases',
      body(tenant.accountId, { severity: 'P1' }),
    );
    expect(foreign.statusCode).toBe(404);
  });
});
