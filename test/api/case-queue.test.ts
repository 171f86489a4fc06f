import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

// Monday 2026-03-02 10:00 in New York: the Imprivata US centre is open.
const monday = new Date('2026-03-02T15:00:00Z');

async function openTwoCases() {
  const app = await createTestApp({ clock: () => monday });
  const tenant = await createTestTenant();
  await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
  const customer = await loginAs(app, tenant.users.customer_contact);
  const ids: string[] = [];
  for (const title of ['Badge tap fails', 'Reports are slow']) {
    const response = await customer.post('/api/v1/cases', {
      title,
      description: 'Since Monday',
      severity: 'P2',
    });
    expect(response.statusCode).toBe(201);
    ids.push(response.json().id);
  }
  return { app, tenant, customer, ids };
}

describe('queue helpers', () => {
  it('lists assignees for vendor users only', async () => {
    const { app, tenant, customer } = await openTwoCases();
    const agent = await loginAs(app, tenant.users.agent);
    const listed = await agent.get('/api/v1/assignees');
    expect(listed.statusCode).toBe(200);
    const ids = listed.json().items.map((item: { id: string }) => item.id);
    expect(ids).toContain(tenant.users.agent.id);
    expect(ids).not.toContain(tenant.users.customer_contact.id);
    expect((await customer.get('/api/v1/assignees')).statusCode).toBe(403);
    // The file's first test also waits for the database set-up on a loaded machine.
  }, 120_000);

  it('bulk-assigns and moves cases; each case fails on its own with the reason', async () => {
    const { app, tenant, customer, ids } = await openTwoCases();
    const agent = await loginAs(app, tenant.users.agent);
    const [first, second] = ids as [string, string];
    const bulk = await agent.post('/api/v1/cases/bulk', {
      caseIds: [first, second],
      assigneeId: tenant.users.agent.id,
      status: 'in_progress',
    });
    expect(bulk.statusCode).toBe(200);
    const items = bulk.json().items;
    expect(items[0]).toMatchObject({ caseId: first, ok: true, case: { status: 'in_progress' } });
    expect(items[0].case.assigneeId).toBe(tenant.users.agent.id);
    expect(items[1]).toMatchObject({ caseId: second, ok: true, case: { status: 'in_progress' } });

    const mine = await agent.get(`/api/v1/cases?assignee=${tenant.users.agent.id}&status=open`);
    expect(mine.json().items.map((item: { id: string }) => item.id)).toContain(first);

    const nothing = await agent.post('/api/v1/cases/bulk', { caseIds: [first] });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json().error.code).toBe('case.bulk_nothing_to_do');

    const byCustomer = await customer.post('/api/v1/cases/bulk', { caseIds: [first], assigneeId: null });
    expect(byCustomer.json().items[0]).toMatchObject({ ok: false, error: { code: 'auth.forbidden' } });
  });

  it('bulk refusal for a closed case leaves the other case changed', async () => {
    const { app, tenant, ids } = await openTwoCases();
    const agent = await loginAs(app, tenant.users.agent);
    const [first, second] = ids as [string, string];
    for (const status of ['in_progress', 'resolved', 'closed']) {
      expect((await agent.patch(`/api/v1/cases/${second}`, { status })).statusCode).toBe(200);
    }
    const bulk = await agent.post('/api/v1/cases/bulk', { caseIds: [first, second], status: 'in_progress' });
    const items = bulk.json().items;
    expect(items[0]).toMatchObject({ caseId: first, ok: true });
    expect(items[1]).toMatchObject({ caseId: second, ok: false });
    expect(items[1].error.message).toMatch(/closed/);
  });
});

describe('GET /api/v1/cases/:id/timeline', () => {
  it('lists status, severity with its reason, assignment, comments and SLA events; customers see the public part', async () => {
    const { app, tenant, customer, ids } = await openTwoCases();
    const agent = await loginAs(app, tenant.users.agent);
    const id = ids[0] as string;
    await agent.patch(`/api/v1/cases/${id}`, { assigneeId: tenant.users.agent.id });
    await agent.post(`/api/v1/cases/${id}/comments`, { body: 'Checked the logs', visibility: 'internal' });
    await agent.post(`/api/v1/cases/${id}/comments`, { body: 'We are on it', visibility: 'public' });
    await agent.post(`/api/v1/cases/${id}/severity`, { severity: 'P1', reason: 'Two wards down' });
    await agent.patch(`/api/v1/cases/${id}`, { status: 'in_progress' });

    const staff = await agent.get(`/api/v1/cases/${id}/timeline`);
    expect(staff.statusCode).toBe(200);
    const texts = staff
      .json()
      .items.map((item: { text: string; who: string }) => `${item.text} — ${item.who}`);
    const agentName = tenant.users.agent.name;
    expect(texts[0]).toBe('Case opened by portal as P2 — Customer');
    expect(texts).toContain(`Assigned to ${agentName} — ${agentName}`);
    expect(texts).toContain(`Internal note added — ${agentName}`);
    expect(texts).toContain(`Replied — ${agentName}`);
    expect(texts).toContain(`Severity P2 → P1: Two wards down — ${agentName}`);
    expect(texts).toContain(`Status new → in progress — ${agentName}`);
    expect(texts.some((text: string) => text.startsWith('First response met'))).toBe(true);

    const forCustomer = await customer.get(`/api/v1/cases/${id}/timeline`);
    const customerTexts = forCustomer
      .json()
      .items.map((item: { text: string; who: string }) => `${item.text} — ${item.who}`);
    expect(customerTexts).toContain('Severity P2 → P1: Two wards down — Support team');
    expect(customerTexts).toContain('Replied — Support team');
    expect(customerTexts.some((text: string) => /Assigned|Internal/.test(text))).toBe(false);
    expect(
      forCustomer.json().items.every((item: { visibility: string }) => item.visibility === 'public'),
    ).toBe(true);
  });
});

describe('session permissions (one rule for the escalated-cases view)', () => {
  it('the session says who may see escalations, and the API refuses exactly the others', async () => {
    const app = await createTestApp({ clock: () => monday });
    const tenant = await createTestTenant();
    for (const role of ['agent', 'support_manager'] as const) {
      const client = await loginAs(app, tenant.users[role]);
      const session = (await client.get('/api/v1/auth/session')).json();
      const granted = session.user.permissions.includes('cases:view_escalated');
      expect(granted).toBe(role === 'support_manager');
      const escalated = await client.get('/api/v1/cases?escalated=true');
      expect(escalated.statusCode).toBe(granted ? 200 : 403);
    }
  }, 120_000);
});

describe('markdown in case comments', () => {
  it('renders markdown safely: formatting kept, raw HTML escaped, javascript: links dropped', async () => {
    const { app, tenant, customer, ids } = await openTwoCases();
    const agent = await loginAs(app, tenant.users.agent);
    const id = ids[0] as string;
    const posted = await agent.post(`/api/v1/cases/${id}/comments`, {
      body: '**Restart** the service:\n\n- step one\n\n<script>alert(1)</script> [x](javascript:alert(1))',
      visibility: 'public',
    });
    expect(posted.statusCode).toBe(201);
    const listed = (await customer.get(`/api/v1/cases/${id}/comments`)).json();
    const html: string = (listed.items ?? listed).at(-1).html;
    expect(html).toContain('<strong>Restart</strong>');
    expect(html).toContain('<li>step one</li>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('href="javascript:');
  });
});
