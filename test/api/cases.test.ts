import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../../src/domain/packs/registry.js';
import { presentSlaResult } from '../../src/domain/sla/present-sla.js';
import { resolveSla } from '../../src/domain/sla/resolve-sla.js';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { addAccount, addContract, ivantiDetails } from './record-fixtures.js';

// Monday 2026-03-02 10:00 in New York (15:00Z): inside the Imprivata US centre's hours.
const monday = new Date('2026-03-02T15:00:00Z');

describe('POST /api/v1/cases', () => {
  it('opens a case on the account’s active contract, stores its SLA milestones and audits it', async () => {
    const app = await createTestApp({ clock: () => monday });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const response = await customer.post('/api/v1/cases', {
      title: 'Badge tap fails',
      description: 'Users cannot tap in at ward 3',
      severity: 'P1',
    });
    expect(response.statusCode).toBe(201);
    const opened = response.json();
    expect(opened).toMatchObject({
      number: 1,
      accountId: tenant.accountId,
      plan: 'premium',
      severity: 'P1',
      channel: 'portal',
      centre: 'us',
      status: 'new',
      tier: 1,
    });
    const expected = presentSlaResult(
      resolveSla(getBuiltInPack('imprivata-onesign'), {
        plan: 'premium',
        severity: 'P1',
        opened: monday.getTime(),
        centre: 'us',
        channel: 'portal',
        hasCustomer24x7Contact: false,
      }),
    );
    expect(opened.milestones.map((m: { due: string }) => m.due)).toEqual(
      expected.milestones.map((m) => m.due),
    );
    expect(opened.nextDueAt).toBe(expected.milestones[0]?.due);

    // Vendor staff get exactly `sla explain --json`; the customer the same milestones in plain words.
    const agent = await loginAs(app, tenant.users.agent);
    const sla = await agent.get(`/api/v1/cases/${opened.id}/sla`);
    expect(sla.statusCode).toBe(200);
    expect(sla.json()).toEqual(expected);
    const customerSla = await customer.get(`/api/v1/cases/${opened.id}/sla`);
    expect(customerSla.json().milestones.map((m: { due: string }) => m.due)).toEqual(
      expected.milestones.map((m) => m.due),
    );

    const second = await customer.post('/api/v1/cases', {
      title: 'Another',
      description: 'x',
      severity: 'P3',
    });
    expect(second.json().number).toBe(2);

    const admin = await loginAs(app, tenant.users.vendor_admin);
    const audit = await admin.get(`/api/v1/audit?entityType=case&entityId=${opened.id}`);
    expect(audit.json().items).toMatchObject([{ action: 'case.opened', entityId: opened.id }]);
  });

  it('refuses an unknown severity (400 naming the field), an account without an active contract, and missing Ivanti details', async () => {
    const app = await createTestApp({ clock: () => monday });
    const tenant = await createTestTenant();
    const agent = await loginAs(app, tenant.users.agent);
    const noContract = await agent.post('/api/v1/cases', {
      accountId: tenant.accountId,
      title: 't',
      description: 'd',
      severity: 'P1',
    });
    expect(noContract.statusCode).toBe(400);
    expect(noContract.json().error.code).toBe('case.no_active_contract');

    await addContract(tenant.system, tenant.accountId);
    const badSeverity = await agent.post('/api/v1/cases', {
      accountId: tenant.accountId,
      title: 't',
      description: 'd',
      severity: 'S1',
    });
    expect(badSeverity.statusCode).toBe(400);
    expect(badSeverity.json().error.details[0].field).toBe('severity');

    const apac = await addAccount(tenant.system, 'Ivanti APAC', 'apac');
    await addContract(tenant.system, apac.id, { packId: 'ivanti', plan: 'premium' });
    const missing = await agent.post('/api/v1/cases', {
      accountId: apac.id,
      title: 't',
      description: 'd',
      severity: 'S2',
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details.map((d: { field: string }) => d.field)).toContain(
      'details.reproductionSteps',
    );
    const phone = await agent.post('/api/v1/cases', {
      accountId: apac.id,
      title: 't',
      description: 'd',
      severity: 'S1',
      channel: 'phone',
      details: ivantiDetails,
    });
    expect(phone.statusCode).toBe(201);
    expect(phone.json()).toMatchObject({ centre: 'apac', channel: 'phone', plan: 'premium' });
  });

  it('lets an agent work the case: assign, reply (first response met), resolve; customers see public comments only', async () => {
    let now = monday;
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId);
    const customer = await loginAs(app, tenant.users.customer_admin);
    const agent = await loginAs(app, tenant.users.agent);
    const opened = (
      await customer.post('/api/v1/cases', { title: 't', description: 'd', severity: 'P2' })
    ).json();
    expect(opened.allowedActions).toEqual(['comment', 'attach']);

    now = new Date(monday.getTime() + 30 * 60_000);
    const assigned = await agent.patch(`/api/v1/cases/${opened.id}`, {
      assigneeId: tenant.users.agent.id,
      status: 'in_progress',
    });
    expect(assigned.statusCode).toBe(200);
    expect(assigned.json()).toMatchObject({ assigneeId: tenant.users.agent.id, status: 'in_progress' });
    expect(
      (await agent.post(`/api/v1/cases/${opened.id}/comments`, { body: 'Looking', visibility: 'public' }))
        .statusCode,
    ).toBe(201);
    expect(
      (await agent.post(`/api/v1/cases/${opened.id}/comments`, { body: 'note', visibility: 'internal' }))
        .statusCode,
    ).toBe(201);
    const detail = (await agent.get(`/api/v1/cases/${opened.id}`)).json();
    expect(detail.milestones[0]).toMatchObject({ name: 'first_response', metAt: now.toISOString() });

    const seen = (await customer.get(`/api/v1/cases/${opened.id}/comments`)).json();
    expect(seen.items.map((c: { body: string }) => c.body)).toEqual(['Looking']);
    expect(
      (await customer.post(`/api/v1/cases/${opened.id}/comments`, { body: 'x', visibility: 'internal' }))
        .statusCode,
    ).toBe(403);

    const bad = await agent.patch(`/api/v1/cases/${opened.id}`, { status: 'closed' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('case.invalid_transition');
    const resolved = await agent.patch(`/api/v1/cases/${opened.id}`, { status: 'resolved' });
    expect(resolved.json()).toMatchObject({ status: 'resolved', nextDueAt: null });
    expect((await customer.patch(`/api/v1/cases/${opened.id}`, { title: 'mine now' })).statusCode).toBe(403);
    const closed = await customer.patch(`/api/v1/cases/${opened.id}`, { status: 'closed' });
    expect(closed.json()).toMatchObject({ status: 'closed' });

    const attachment = await agent.post(`/api/v1/cases/${opened.id}/attachments`, {
      filename: 'log.txt',
      sizeBytes: 12,
      contentType: 'text/plain',
      sha256: 'a'.repeat(64),
    });
    expect(attachment.statusCode).toBe(403);
  });
});
