import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { addContract, ivantiDetails } from './record-fixtures.js';

const now = new Date('2026-03-02T15:00:00Z');

async function setUp(plan = 'premium') {
  const app = await createTestApp({ clock: () => now });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan });
  const engineer = tenant.users.agent;
  const backup = await tenant.addUser({ role: 'agent' });
  const admin = await loginAs(app, tenant.users.vendor_admin);
  const assigned = await admin.patch(`/api/v1/accounts/${tenant.accountId}`, {
    assignedEngineerId: engineer.id,
    backupEngineerId: backup.id,
  });
  const customer = await loginAs(app, tenant.users.customer_contact);
  const open = async () => {
    const response = await customer.post('/api/v1/cases', {
      title: 'Console down',
      description: 'Nobody can sign in',
      severity: 'S2',
      details: ivantiDetails,
    });
    expect(response.statusCode).toBe(201);
    return response.json().assigneeId as string | null;
  };
  return { app, tenant, engineer, backup, admin, assigned, open };
}

describe('assigned support engineer with back-up (IVA-25)', () => {
  it('a vendor admin sets them on the account; Ivanti Premium cases go to the engineer, or the back-up while the engineer is away or disabled', async () => {
    const { app, tenant, engineer, backup, assigned, open } = await setUp();
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ assignedEngineerId: engineer.id, backupEngineerId: backup.id });
    expect(await open()).toBe(engineer.id);

    const db = await getTestDatabase();
    const setUser = (id: string, values: { away_until?: Date | null; disabled_at?: Date | null }) =>
      db
        .updateTable('users')
        .set(values)
        .where('tenant_id', '=', tenant.tenant.id)
        .where('id', '=', id)
        .execute();
    // The engineer marks themself away for a day through the API, then back.
    const self = await loginAs(app, engineer);
    const away = await self.put(`/api/v1/users/${engineer.id}/away`, {
      until: new Date(now.getTime() + 86_400_000).toISOString(),
    });
    expect(away.statusCode).toBe(200);
    expect(await open()).toBe(backup.id);
    expect(
      (await self.put(`/api/v1/users/${engineer.id}/away`, { until: null })).json().awayUntil,
    ).toBeNull();
    expect(await open()).toBe(engineer.id);
    await setUser(engineer.id, { away_until: new Date(now.getTime() - 1) });
    expect(await open()).toBe(engineer.id);
    await setUser(engineer.id, { disabled_at: now });
    expect(await open()).toBe(backup.id);
    await setUser(backup.id, { away_until: new Date(now.getTime() + 1) });
    expect(await open()).toBeNull();
  });

  it('leaves cases unassigned on a plan without an assigned engineer (Ivanti Enterprise)', async () => {
    const { assigned, open } = await setUp('enterprise');
    expect(assigned.statusCode).toBe(200);
    expect(await open()).toBeNull();
  });

  it('refuses a non-vendor engineer (400 naming the field), other roles (403) and another tenant (404)', async () => {
    const { app, tenant, admin } = await setUp();
    const notVendor = await admin.patch(`/api/v1/accounts/${tenant.accountId}`, {
      backupEngineerId: tenant.users.customer_admin.id,
    });
    expect(notVendor.statusCode).toBe(400);
    expect(notVendor.json().error.details[0].field).toBe('backupEngineerId');
    const malformed = await admin.patch(`/api/v1/accounts/${tenant.accountId}`, { assignedEngineerId: 'x' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.details[0].field).toBe('assignedEngineerId');
    for (const role of ['support_manager', 'agent', 'customer_admin'] as const) {
      const client = await loginAs(app, tenant.users[role]);
      const refused = await client.patch(`/api/v1/accounts/${tenant.accountId}`, {
        assignedEngineerId: tenant.users.agent.id,
      });
      expect(refused.statusCode, role).toBe(403);
    }
    const other = await createTestTenant();
    const intruder = await loginAs(app, other.users.vendor_admin);
    const foreign = await intruder.patch(`/api/v1/accounts/${tenant.accountId}`, {
      assignedEngineerId: other.users.agent.id,
    });
    expect(foreign.statusCode).toBe(404);
    const unassigned = await admin.patch(`/api/v1/accounts/${tenant.accountId}`, {
      assignedEngineerId: null,
    });
    expect(unassigned.json().assignedEngineerId).toBeNull();
  });

  it('marks engineers away: managers for anyone, agents only themselves; 400 for customers’ users, 403 customer roles, 404 other tenant', async () => {
    const { app, tenant, engineer, backup } = await setUp();
    const until = new Date(now.getTime() + 3_600_000).toISOString();
    const manager = await loginAs(app, tenant.users.support_manager);
    const set = await manager.put(`/api/v1/users/${backup.id}/away`, { until });
    expect(set.json()).toEqual({ userId: backup.id, awayUntil: until });
    const agent = await loginAs(app, engineer);
    expect((await agent.put(`/api/v1/users/${backup.id}/away`, { until })).statusCode).toBe(403);
    const customerUser = await manager.put(`/api/v1/users/${tenant.users.customer_contact.id}/away`, {
      until,
    });
    expect(customerUser.statusCode).toBe(400);
    expect(customerUser.json().error.details[0].field).toBe('id');
    const badUntil = await manager.put(`/api/v1/users/${backup.id}/away`, { until: 'tomorrow' });
    expect(badUntil.statusCode).toBe(400);
    expect(badUntil.json().error.details[0].field).toBe('until');
    const customer = await loginAs(app, tenant.users.customer_admin);
    expect((await customer.put(`/api/v1/users/${backup.id}/away`, { until })).statusCode).toBe(403);
    const other = await createTestTenant();
    const intruder = await loginAs(app, other.users.vendor_admin);
    expect((await intruder.put(`/api/v1/users/${backup.id}/away`, { until })).statusCode).toBe(404);
    const audit = await loginAs(app, tenant.users.vendor_admin);
    const entries = await audit.get(`/api/v1/audit?entityType=user&entityId=${backup.id}`);
    expect(entries.json().items.map((item: { action: string }) => item.action)).toContain('user.away_set');
  });
});
