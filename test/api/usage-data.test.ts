import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, getTestDatabase, loginAs } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

const monday = new Date('2026-03-02T15:00:00Z');
const summary = (day: string, extra: Record<string, unknown> = {}) => ({
  day,
  software_version: '7.9.1',
  daily_usage_statistics: { active_users: 120, sessions: 300, authentications: 910 },
  user_and_computer_statistics: { users: 140, computers: 60 },
  deployed_and_enrolled_users_per_application: [{ application: 'EHR', deployed: 140, enrolled: 131 }],
  logins_per_application_per_day: [{ application: 'EHR', logins: 450 }],
  ...extra,
});

async function setup() {
  let clock = monday;
  const app = await createTestApp({ clock: () => clock });
  const t = await createTestTenant();
  await addContract(t.system, t.accountId, { plan: 'premium' });
  const vendor = await loginAs(app, t.users.support_manager);
  const customer = await loginAs(app, t.users.customer_admin);
  const created = await vendor.post('/api/v1/usage/installations', {
    accountId: t.accountId,
    name: 'Main campus',
  });
  expect(created.statusCode).toBe(201);
  const token: string = created.json().token;
  const send = (body: unknown, bearer = token) =>
    app.inject({
      method: 'POST',
      url: '/api/v1/usage/summaries',
      payload: body as object,
      headers: { authorization: `Bearer ${bearer}` },
    });
  const stored = async () =>
    (await getTestDatabase())
      .selectFrom('usage_daily_summaries')
      .select(['day'])
      .where('tenant_id', '=', t.tenant.id)
      .execute();
  return { app, t, vendor, customer, token, send, stored, setClock: (d: Date) => (clock = d) };
}

describe('usage data ingestion (IMP-63..66)', () => {
  it('IMP-63 accepts a daily summary with the installation’s own token; an unknown token is 401', async () => {
    const { send, stored, customer } = await setup();
    const ok = await send(summary('2026-03-01'));
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ accepted: true, day: '2026-03-01' });
    expect((await send(summary('2026-03-01'), 'ui_bogus')).statusCode).toBe(401);
    expect(await stored()).toHaveLength(1);
    const listed = (await customer.get('/api/v1/usage/summaries')).json();
    expect(listed.items[0]).toMatchObject({
      day: '2026-03-01',
      activeUsers: 120,
      logins: 450,
      softwareVersion: '7.9.1',
    });
  });

  it.each([
    ['user_name', { user_name: 'jdoe' }],
    [
      'daily_usage_statistics.email',
      { daily_usage_statistics: { active_users: 1, sessions: 1, authentications: 1, email: 'x' } },
    ],
    ['password', { password: 'hunter2' }],
    ['demographics', { demographics: { age: 40 } }],
    [
      'logins_per_application_per_day[0].patientId',
      { logins_per_application_per_day: [{ application: 'EHR', logins: 3, patientId: 'P1' }] },
    ],
    [
      'logins_per_application_per_day[0].application',
      { logins_per_application_per_day: [{ application: 'jane@example.org', logins: 3 }] },
    ],
  ])(
    'IMP-64 refuses personal data or PHI (%s), names the field, and stores nothing',
    async (field, extra) => {
      const { send, stored } = await setup();
      const r = await send(summary('2026-03-01', extra));
      expect(r.statusCode).toBe(400);
      expect(r.json().error.code).toBe('usage.personal_data_refused');
      expect(r.json().error.details[0].field).toBe(field);
      expect(await stored()).toEqual([]);
    },
  );

  it('IMP-63 refuses a field that is not a summary field, named, and stores nothing', async () => {
    const { send, stored } = await setup();
    const r = await send(summary('2026-03-01', { free_text: 'hello' }));
    expect([r.statusCode, r.json().error.code, r.json().error.details[0].field]).toEqual([
      400,
      'usage.field_not_allowed',
      'free_text',
    ]);
    expect(await stored()).toEqual([]);
  });

  it('IMP-66 an opt-out recorded from a case stops collection from that instant', async () => {
    const { send, stored, vendor, customer, t, setClock } = await setup();
    expect((await send(summary('2026-03-01'))).statusCode).toBe(201);
    const opened = await customer.post('/api/v1/cases', {
      title: 'Please stop usage data',
      description: 'Opt out',
      severity: 'P3',
    });
    expect(opened.statusCode).toBe(201);
    setClock(new Date('2026-03-02T16:00:00Z'));
    const optOut = await vendor.post('/api/v1/usage/opt-outs', {
      accountId: t.accountId,
      caseId: opened.json().id,
    });
    expect(optOut.statusCode).toBe(200);
    expect(optOut.json().optedOutAt).toBe('2026-03-02T16:00:00.000Z');
    const later = await send(summary('2026-03-02'));
    expect([later.statusCode, later.json().error.code]).toEqual([400, 'usage.opted_out']);
    expect((await stored()).map((r) => r.day)).toEqual(['2026-03-01']);
    expect((await customer.get('/api/v1/usage/summaries')).json().optedOutAt).toBe(
      '2026-03-02T16:00:00.000Z',
    );
  });

  it('IMP-65 the customer exports their data as CSV and JSON; another customer sees none of it', async () => {
    const { send, customer, app, t } = await setup();
    await send(summary('2026-03-01'));
    await send(summary('2026-03-02'));
    const csv = await customer.get('/api/v1/usage/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')).toEqual([
      'day,installation,softwareVersion,activeUsers,sessions,authentications,users,computers,logins',
      '2026-03-01,Main campus,7.9.1,120,300,910,140,60,450',
      '2026-03-02,Main campus,7.9.1,120,300,910,140,60,450',
      '',
    ]);
    const json = await customer.get('/api/v1/usage/export?format=json');
    expect(JSON.parse(json.body).days).toHaveLength(2);
    expect(JSON.parse(json.body).days[0]).toMatchObject({ day: '2026-03-01', software_version: '7.9.1' });
    const other = await loginAs(
      app,
      await t.addUser({ role: 'customer_admin', accountId: await t.addAccount() }),
    );
    expect(JSON.parse((await other.get('/api/v1/usage/export')).body).days).toEqual([]);
  });

  it('a revoked installation token is refused from that instant and stores nothing; customers cannot revoke', async () => {
    const { send, stored, vendor, customer } = await setup();
    expect((await send(summary('2026-02-28'))).statusCode).toBe(201);
    const installations = (await vendor.get('/api/v1/usage/installations')).json().items;
    const id: string = installations[0].id;
    const byCustomer = await customer.post(`/api/v1/usage/installations/${id}/revoke`);
    expect(byCustomer.statusCode).toBe(403);
    const revoked = await vendor.post(`/api/v1/usage/installations/${id}/revoke`);
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revokedAt).toBe(monday.toISOString());
    const after = await send(summary('2026-03-01'));
    expect([after.statusCode, after.json().error.code]).toEqual([401, 'auth.unauthenticated']);
    expect((await stored()).map((r) => r.day)).toEqual(['2026-02-28']);
    const again = await vendor.post(`/api/v1/usage/installations/${id}/revoke`);
    expect([again.statusCode, again.json().error.code]).toEqual([404, 'usage_installation.not_found']);
    expect((await vendor.get('/api/v1/usage/installations')).json().items[0].revokedAt).toBe(
      monday.toISOString(),
    );
  });
});
