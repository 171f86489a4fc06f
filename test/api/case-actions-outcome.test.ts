import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { addContract, ivantiDetails } from './record-fixtures.js';

const opened = new Date('2026-11-24T15:00:00Z');

async function setup(packId = 'imprivata-onesign', plan = 'standard') {
  const app = await createTestApp({ clock: () => opened });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { packId, plan });
  const agent = await loginAs(app, tenant.users.agent);
  const manager = await loginAs(app, tenant.users.support_manager);
  const customer = await loginAs(app, tenant.users.customer_contact);
  return { app, tenant, agent, manager, customer };
}

async function eventTypes(tenantId: string, entityId: string) {
  const db = await getTestDatabase();
  const rows = await db
    .selectFrom('outbox_events')
    .select(['type', 'payload'])
    .where('tenant_id', '=', tenantId)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows;
}

describe('case outcome and releases', () => {
  it('links a product defect to a release; publishing it tells the customer once (idempotent)', async () => {
    const { app, tenant, agent, manager, customer } = await setup();
    const kase = (
      await agent.post('/api/v1/cases', {
        accountId: tenant.accountId,
        title: 'Crash',
        description: 'x',
        severity: 'P2',
      })
    ).json();
    const created = await manager.post('/api/v1/releases', { version: '7.4.1', notes: 'Fixes the crash' });
    expect(created.statusCode, created.body).toBe(201);
    const release = created.json();
    expect(release).toMatchObject({ status: 'planned', allowedActions: ['view', 'create', 'publish'] });
    expect((await agent.post('/api/v1/releases', { version: '9' })).statusCode).toBe(403);
    expect((await manager.post('/api/v1/releases', { version: '7.4.1' })).statusCode).toBe(409);
    const blank = await manager.post('/api/v1/releases', { version: ' ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().error.details[0].field).toBe('version');

    const outcome = await agent.post(`/api/v1/cases/${kase.id}/outcome`, {
      kind: 'product_defect',
      releaseId: release.id,
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    expect(outcome.json().outcome).toMatchObject({
      kind: 'product_defect',
      releaseId: release.id,
      fixVersion: '7.4.1',
    });

    const published = await manager.post(`/api/v1/releases/${release.id}/publish`);
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({
      notifiedCases: 1,
      release: { status: 'published', fixedCases: 1 },
    });
    const again = await manager.post(`/api/v1/releases/${release.id}/publish`);
    expect(again.json().notifiedCases).toBe(0);
    const events = await eventTypes(tenant.tenant.id, kase.id);
    const fixed = events.filter((event) => event.type === 'case.fix_released');
    expect(fixed).toHaveLength(1);
    const email = (
      (fixed[0] as { payload: unknown }).payload as {
        email: { recipients: { email: string }[]; subject: string };
      }
    ).email;
    expect(email.recipients.map((r) => r.email)).toContain(tenant.users.customer_contact.email);
    expect(email.subject).toContain('7.4.1');
    expect((await customer.get(`/api/v1/cases/${kase.id}`)).json().releaseNotifiedAt).toBe(
      opened.toISOString(),
    );

    const list = await manager.get('/api/v1/releases');
    expect(list.json().items.map((item: { version: string }) => item.version)).toEqual(['7.4.1']);
    expect((await customer.get('/api/v1/releases')).statusCode).toBe(403);
    expect((await customer.post(`/api/v1/releases/${release.id}/publish`)).statusCode).toBe(403);
    const stranger = await loginAs(app, (await createTestTenant()).users.vendor_admin);
    expect((await stranger.post(`/api/v1/releases/${release.id}/publish`)).statusCode).toBe(404);
    expect((await stranger.get('/api/v1/releases')).json().items).toEqual([]);
  });

  it('a fix version unknown so far becomes a planned release; a configuration change needs its risk review', async () => {
    const { app, tenant, agent, customer } = await setup();
    const kase = (
      await agent.post('/api/v1/cases', {
        accountId: tenant.accountId,
        title: 'Slow',
        description: 'x',
        severity: 'P3',
      })
    ).json();
    const url = `/api/v1/cases/${kase.id}/outcome`;
    const byVersion = (await agent.post(url, { kind: 'product_defect', fixVersion: '8.0' })).json();
    expect(byVersion.outcome.fixVersion).toBe('8.0');
    const noRelease = await agent.post(url, { kind: 'product_defect' });
    expect(noRelease.statusCode).toBe(400);
    expect(noRelease.json().error.details[0].field).toBe('releaseId');

    const noReview = await agent.post(url, { kind: 'configuration_change' });
    expect(noReview.statusCode).toBe(400);
    expect(noReview.json().error.details[0].field).toBe('riskReview');
    const pending = await agent.post(url, { kind: 'configuration_change', done: false });
    expect(pending.json().outcome).toMatchObject({
      kind: 'configuration_change',
      done: false,
      riskReview: null,
    });
    const reviewed = await agent.post(url, {
      kind: 'configuration_change',
      riskReview: { summary: 'Low risk: one policy flag', reviewedBy: 'J. Doe' },
    });
    expect(reviewed.statusCode, reviewed.body).toBe(200);
    expect(reviewed.json().outcome).toMatchObject({
      kind: 'configuration_change',
      done: true,
      riskReview: { summary: 'Low risk: one policy flag', reviewedBy: 'J. Doe' },
    });
    expect((await customer.post(url, { kind: 'product_defect', fixVersion: '1' })).statusCode).toBe(403);
    const stranger = await loginAs(app, (await createTestTenant()).users.agent);
    expect((await stranger.post(url, { kind: 'product_defect', fixVersion: '1' })).statusCode).toBe(404);
  });

  it('tracks missing incident details, requests them (comment + email) and the customer supplies them', async () => {
    const { app, tenant, agent, customer } = await setup('ivanti', 'standard');
    // An agent taking a call may open without the details; the case tracks what is missing.
    const kase = (
      await agent.post('/api/v1/cases', {
        accountId: tenant.accountId,
        title: 'Console down',
        description: 'x',
        severity: 'S2',
        channel: 'phone',
        details: { example: ivantiDetails.example },
      })
    ).json();
    expect(kase.requiredDetails).toEqual(['example', 'context', 'systemConfiguration', 'reproductionSteps']);
    expect(kase.missingDetails).toEqual(['context', 'systemConfiguration', 'reproductionSteps']);
    expect(kase.allowedActions).toContain('request_details');
    // Customers still have to give them in the portal.
    const portal = await customer.post('/api/v1/cases', { title: 't', description: 'd', severity: 'S3' });
    expect(portal.statusCode).toBe(400);

    const url = `/api/v1/cases/${kase.id}/request-details`;
    const badBody = await agent.post(url, { message: 42 });
    expect(badBody.statusCode).toBe(400);
    expect(badBody.json().error.details[0].field).toBe('message');
    expect((await customer.post(url, {})).statusCode).toBe(403);
    const requested = await agent.post(url, {});
    expect(requested.statusCode, requested.body).toBe(201);
    expect(requested.json().missing).toEqual(['context', 'systemConfiguration', 'reproductionSteps']);
    expect(requested.json().comment.visibility).toBe('public');
    const events = await eventTypes(tenant.tenant.id, kase.id);
    const request = events.find((event) => event.type === 'case.details_requested');
    const email = (
      (request as { payload: unknown }).payload as {
        email: { recipients: { email: string }[]; text: string };
      }
    ).email;
    expect(email.recipients.map((r) => r.email)).toContain(tenant.users.customer_contact.email);
    expect(email.text).toContain('the steps to reproduce it');

    const bad = await customer.patch(`/api/v1/cases/${kase.id}`, { details: { context: '' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.details[0].field).toContain('details');
    const supplied = await customer.patch(`/api/v1/cases/${kase.id}`, {
      details: { context: ivantiDetails.context, systemConfiguration: ivantiDetails.systemConfiguration },
    });
    expect(supplied.statusCode, supplied.body).toBe(200);
    expect(supplied.json().missingDetails).toEqual(['reproductionSteps']);
    const complete = await customer.patch(`/api/v1/cases/${kase.id}`, {
      details: { reproductionSteps: ivantiDetails.reproductionSteps },
    });
    expect(complete.json().missingDetails).toEqual([]);
    expect((await agent.get(`/api/v1/cases/${kase.id}`)).json().allowedActions).not.toContain(
      'request_details',
    );
    expect((await agent.post(url, {})).statusCode).toBe(409);
    const stranger = await loginAs(app, (await createTestTenant()).users.agent);
    expect((await stranger.post(url, {})).statusCode).toBe(404);
  });
});
