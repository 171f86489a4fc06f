import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs, testNow } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

type THit = { number: number; matchedIn: string; snippet: { text: string; match: boolean }[] };

async function openCase(client: Awaited<ReturnType<typeof loginAs>>, title: string, description: string) {
  const response = await client.post('/api/v1/cases', { title, description, severity: 'P3' });
  expect(response.statusCode).toBe(201);
  return response.json() as { id: string; number: number };
}

describe('GET /api/v1/search', () => {
  it('finds cases by words of the title or description (stemmed), by a comment, and by number', async () => {
    const app = await createTestApp({ clock: testNow });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const agent = await loginAs(app, tenant.users.agent);
    const badge = await openCase(customer, 'Badge readers failing at ward 3', 'Nurses cannot tap in');
    const printer = await openCase(customer, 'Printer queue stuck', 'Jobs wait for hours');
    await agent.post(`/api/v1/cases/${printer.id}/comments`, {
      body: 'Spooler crashed after the firmware upgrade',
      visibility: 'public',
    });

    const byTitle = await agent.get('/api/v1/search?q=reader');
    expect(byTitle.statusCode).toBe(200);
    expect(byTitle.json().cases.map((hit: THit) => hit.number)).toEqual([badge.number]);
    expect(byTitle.json().cases[0]).toMatchObject({ matchedIn: 'case', accountName: expect.any(String) });
    expect(byTitle.json().cases[0].snippet).toContainEqual({ text: 'readers', match: true });

    const byDescription = await agent.get('/api/v1/search?q=nurse tapping');
    expect(byDescription.json().cases.map((hit: THit) => hit.number)).toEqual([badge.number]);

    const byComment = await agent.get('/api/v1/search?q=firmware');
    expect(byComment.json().cases).toMatchObject([{ number: printer.number, matchedIn: 'comment' }]);

    const byNumber = await agent.get(`/api/v1/search?q=%23${printer.number}`);
    expect(byNumber.json().cases[0]).toMatchObject({ number: printer.number, matchedIn: 'number' });

    const excluded = await agent.get('/api/v1/search?q=queue -printer');
    expect(excluded.json().cases).toEqual([]);
  });

  it('shows customers their own account’s cases and public comments only, and no vendor lists', async () => {
    const app = await createTestApp({ clock: testNow });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    const otherAccount = await tenant.addAccount('Other Hospital');
    await addContract(tenant.system, otherAccount, { plan: 'premium' });
    const other = await loginAs(
      app,
      await tenant.addUser({ role: 'customer_contact', accountId: otherAccount }),
    );
    const customer = await loginAs(app, tenant.users.customer_contact);
    const agent = await loginAs(app, tenant.users.agent);
    const mine = await openCase(customer, 'Kiosk reboot loop', 'The kiosk restarts');
    await openCase(other, 'Kiosk screen blank', 'The kiosk is dark');
    await agent.post(`/api/v1/cases/${mine.id}/comments`, {
      body: 'Suspect the watchdog timer',
      visibility: 'internal',
    });

    const kiosk = await customer.get('/api/v1/search?q=kiosk');
    expect(kiosk.json().cases.map((hit: THit) => hit.number)).toEqual([mine.number]);
    expect((await customer.get('/api/v1/search?q=watchdog')).json().cases).toEqual([]);
    expect((await agent.get('/api/v1/search?q=watchdog')).json().cases).toMatchObject([
      { number: mine.number, matchedIn: 'comment' },
    ]);
    expect((await agent.get('/api/v1/search?q=kiosk')).json().cases).toHaveLength(2);

    const people = await customer.get('/api/v1/search?q=Hospital');
    expect(people.json()).toMatchObject({ accounts: [], users: [] });
    expect((await agent.get('/api/v1/search?q=Other Hosp')).json().accounts).toMatchObject([
      { id: otherAccount, name: 'Other Hospital' },
    ]);
  });

  it('never returns another tenant’s records', async () => {
    const app = await createTestApp({ clock: testNow });
    const first = await createTestTenant();
    const second = await createTestTenant();
    await addContract(first.system, first.accountId, { plan: 'premium' });
    await openCase(await loginAs(app, first.users.customer_contact), 'Zeppelin sync error', 'x');
    const stranger = await loginAs(app, second.users.vendor_admin);
    const response = await stranger.get('/api/v1/search?q=zeppelin');
    expect(response.json()).toMatchObject({ cases: [], accounts: [], users: [], contacts: [] });
  });

  it('refuses a query shorter than two characters with an error naming the field', async () => {
    const app = await createTestApp({ clock: testNow });
    const tenant = await createTestTenant();
    const agent = await loginAs(app, tenant.users.agent);
    const response = await agent.get('/api/v1/search?q=a');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.json())).toContain('q');
  });
});
