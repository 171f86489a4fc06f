import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { addContract, ivantiDetails } from './record-fixtures.js';

// Monday 2026-03-02 10:00 in New York (15:00Z): inside the Ivanti Americas centre's hours.
const monday = new Date('2026-03-02T15:00:00Z');

describe('a portal S1 that is not eligible for the S1 target (issue 18, reading C3)', () => {
  it('sorts first in the queue, flagged needsPhoneCall, ahead of cases with a due time', async () => {
    let now = monday;
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { packId: 'ivanti', plan: 'premium' });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const open = (title: string, severity: string) =>
      customer.post('/api/v1/cases', { title, description: 'x', severity, details: ivantiDetails });
    expect((await open('Reports slow', 'S2')).statusCode).toBe(201);
    now = new Date(monday.getTime() + 60_000);
    const s1 = await open('Whole site down', 'S1');
    expect(s1.statusCode).toBe(201);
    expect(s1.json().needsPhoneCall).toBe(true);
    expect(s1.json().milestones[0]).toMatchObject({ name: 'first_response', kind: 'not_eligible' });

    const agent = await loginAs(app, tenant.users.agent);
    const queue = await agent.get('/api/v1/cases?status=open&sort=next_due');
    expect(queue.statusCode).toBe(200);
    const items = queue.json().items as { title: string; needsPhoneCall: boolean }[];
    expect(items.map((item) => [item.title, item.needsPhoneCall])).toEqual([
      ['Whole site down', true],
      ['Reports slow', false],
    ]);
  }, 120_000);
});
