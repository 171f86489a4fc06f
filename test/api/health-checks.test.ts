import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';

type TCheck = { id: string; status: string; note: string; updatedAt: string | null };

describe('account health checks (IMP-62)', () => {
  it('IMP-62 vendor staff record the customer responsibilities; the customer sees them; nobody else', async () => {
    const now = new Date('2026-12-02T15:00:00Z');
    const app = await createTestApp({ clock: () => now });
    const t = await createTestTenant();
    const agent = await loginAs(app, t.users.agent);
    const customer = await loginAs(app, t.users.customer_contact);
    const url = `/api/v1/accounts/${t.accountId}/health-checks`;

    const initial = (await customer.get(url)).json();
    expect(initial.checks.map((c: TCheck) => [c.id, c.status])).toEqual([
      ['trained_contact', 'unknown'],
      ['supported_version', 'unknown'],
      ['updates_installed', 'unknown'],
      ['test_environment', 'unknown'],
      ['approved_appliances', 'unknown'],
    ]);
    expect(initial.allowedActions).toEqual([]);

    const recorded = await agent.put(`${url}/test_environment`, {
      status: 'not_met',
      note: 'No staging site',
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().allowedActions).toEqual(['update_health']);
    await agent.put(`${url}/trained_contact`, { status: 'met' });
    await agent.put(`${url}/test_environment`, { status: 'met', note: 'Staging since December' });

    const seen: TCheck[] = (await customer.get(url)).json().checks;
    expect(seen.find((c) => c.id === 'test_environment')).toMatchObject({
      status: 'met',
      note: 'Staging since December',
      updatedAt: now.toISOString(),
    });
    expect(seen.find((c) => c.id === 'trained_contact')?.status).toBe('met');

    const byCustomer = await customer.put(`${url}/trained_contact`, { status: 'not_met' });
    expect(byCustomer.statusCode).toBe(403);
    const unknownCheck = await agent.put(`${url}/coffee_machine`, { status: 'met' });
    expect(unknownCheck.statusCode).toBe(400);

    const otherAccount = await t.addAccount();
    const stranger = await loginAs(app, await t.addUser({ role: 'customer_admin', accountId: otherAccount }));
    expect((await stranger.get(url)).statusCode).toBe(404);
  }, 120_000);
});
