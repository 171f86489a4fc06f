import { describe, expect, it } from 'vitest';
import { addContract } from '../api/record-fixtures.js';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { kbClock } from './kb-fixtures.js';

describe('Customer Center: account team and service reviews', () => {
  it('IVA-25 IVA-26 a Premium account sees its support manager with direct contact, its assigned engineer and back-up', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan: 'premium' });
    const admin = await loginAs(app, tenant.users.vendor_admin);
    const backup = await tenant.addUser({ role: 'agent' });
    expect(
      (
        await admin.patch(`/api/v1/accounts/${tenant.accountId}`, {
          assignedEngineerId: tenant.users.agent.id,
          backupEngineerId: backup.id,
        })
      ).statusCode,
    ).toBe(200);
    const refused = await admin.put(`/api/v1/accounts/${tenant.accountId}/team`, {
      supportManagerId: tenant.users.agent.id,
    });
    expect(refused.json().error.code).toBe('account_team.not_a_support_manager');
    const named = await admin.put(`/api/v1/accounts/${tenant.accountId}/team`, {
      supportManagerId: tenant.users.support_manager.id,
    });
    expect(named.statusCode).toBe(204);

    const customer = await loginAs(app, tenant.users.customer_contact);
    const team = (await customer.get('/api/v1/customer-center')).json().team;
    expect(team).toMatchObject({
      namedSupportManager: true,
      assignedEngineer: true,
      directSupportManagerAccess: true,
      supportManager: { name: tenant.users.support_manager.name, email: tenant.users.support_manager.email },
      engineer: { name: tenant.users.agent.name, email: tenant.users.agent.email },
      backupEngineer: { name: backup.name, email: backup.email },
      allowedActions: [],
    });
    const otherAccount = await tenant.addAccount('Someone else');
    expect((await customer.get(`/api/v1/customer-center?accountId=${otherAccount}`)).statusCode).toBe(404);
    const agent = await loginAs(app, tenant.users.agent);
    expect(
      (await agent.put(`/api/v1/accounts/${tenant.accountId}/team`, { supportManagerId: null })).statusCode,
    ).toBe(403);
  });

  it('IVA-26 an Enterprise account sees its named support manager without direct contact and no assigned engineer', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan: 'enterprise' });
    const admin = await loginAs(app, tenant.users.vendor_admin);
    await admin.patch(`/api/v1/accounts/${tenant.accountId}`, { assignedEngineerId: tenant.users.agent.id });
    await admin.put(`/api/v1/accounts/${tenant.accountId}/team`, {
      supportManagerId: tenant.users.support_manager.id,
    });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const team = (await customer.get('/api/v1/customer-center')).json().team;
    expect(team).toMatchObject({
      namedSupportManager: true,
      assignedEngineer: false,
      directSupportManagerAccess: false,
      supportManager: { name: tenant.users.support_manager.name, email: null },
      engineer: null,
      backupEngineer: null,
    });
  });

  it('IVA-18 service reviews are scheduled with an agenda for plans that include them, and their notes are shared', async () => {
    const app = await createTestApp({ clock: () => kbClock });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan: 'premium' });
    const standardAccount = await tenant.addAccount('Standard Co');
    await addContract(tenant.system, standardAccount, { packId: 'ivanti', plan: 'standard' });
    const manager = await loginAs(app, tenant.users.support_manager);
    const notInPlan = await manager.post(`/api/v1/accounts/${standardAccount}/service-reviews`, {
      scheduledFor: '2026-12-15T15:00:00Z',
      agenda: 'Quarterly review',
    });
    expect(notInPlan.json().error.code).toBe('account_team.review_not_in_plan');

    const scheduled = await manager.post(`/api/v1/accounts/${tenant.accountId}/service-reviews`, {
      scheduledFor: '2026-12-15T15:00:00Z',
      agenda: '1. Open cases\n2. Upgrade to 2025.1',
    });
    expect(scheduled.statusCode).toBe(201);
    const held = await manager.patch(`/api/v1/service-reviews/${scheduled.json().id}`, {
      status: 'held',
      notes: 'Upgrade planned for January.',
    });
    expect(held.json()).toMatchObject({ status: 'held', notes: 'Upgrade planned for January.' });

    const customer = await loginAs(app, tenant.users.customer_contact);
    const reviews = (await customer.get('/api/v1/customer-center')).json().serviceReviews;
    expect(reviews).toEqual([
      expect.objectContaining({
        scheduledFor: '2026-12-15T15:00:00.000Z',
        agenda: '1. Open cases\n2. Upgrade to 2025.1',
        notes: 'Upgrade planned for January.',
        allowedActions: [],
      }),
    ]);
    const agent = await loginAs(app, tenant.users.agent);
    expect(
      (await agent.patch(`/api/v1/service-reviews/${scheduled.json().id}`, { notes: 'x' })).statusCode,
    ).toBe(403);
  });
});
