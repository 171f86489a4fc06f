import { describe, expect, it } from 'vitest';
import { createTestApp, createTestTenant, loginAs } from '../helpers/index.js';
import { addContract } from './record-fixtures.js';

// Monday 2026-03-02 10:00 in New York (15:00Z): inside the Imprivata US centre's hours.
const monday = new Date('2026-03-02T15:00:00Z');
const minutes = (from: Date, count: number) => new Date(from.getTime() + count * 60_000);

type TMilestone = { name: string; kind: string; due: string | null };

describe('GET /api/v1/reports/sla', () => {
  it('counts first responses met on time, met late and missed per week, plan and severity, and breaches per centre', async () => {
    let now = monday;
    const app = await createTestApp({ clock: () => now });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    const customer = await loginAs(app, tenant.users.customer_contact);
    const agent = await loginAs(app, tenant.users.agent);
    const open = async (title: string) =>
      (await customer.post('/api/v1/cases', { title, description: 'Details', severity: 'P1' })).json();
    const onTime = await open('Answered in time');
    const late = await open('Answered late');
    const missed = await open('Never answered');
    const due = new Date(onTime.milestones.find((m: TMilestone) => m.name === 'first_response').due);
    expect(due.getTime()).toBeGreaterThan(monday.getTime());

    const reply = async (id: string, at: Date) => {
      now = at;
      const response = await agent.post(`/api/v1/cases/${id}/comments`, {
        body: 'On it',
        visibility: 'public',
      });
      expect(response.statusCode).toBe(201);
    };
    await reply(onTime.id, minutes(due, -10));
    await reply(late.id, minutes(due, 30));
    now = minutes(due, 60);

    const response = await agent.get('/api/v1/reports/sla?from=2026-03-01&to=2026-03-15&bucket=week');
    expect(response.statusCode).toBe(200);
    const report = response.json();
    const firstResponses = report.attainment.filter(
      (row: { milestone: string }) => row.milestone === 'first_response',
    );
    expect(firstResponses).toEqual([
      {
        period: '2026-03-02T00:00:00.000Z',
        pack: 'imprivata-onesign',
        plan: 'premium',
        severity: 'P1',
        milestone: 'first_response',
        met: 1,
        breached: 2,
        pending: 0,
        rate: 1 / 3,
      },
    ]);
    const deadlines = [onTime, late, missed].flatMap((item) =>
      item.milestones.filter(
        (m: TMilestone) => m.kind === 'deadline' && m.name !== 'escalation' && m.due && m.due < '2026-03-15',
      ),
    );
    expect(report.centres).toEqual([
      { pack: 'imprivata-onesign', centre: 'us', breached: 2, total: deadlines.length },
    ]);

    const empty = await agent.get('/api/v1/reports/sla?from=2026-04-01&to=2026-04-15');
    expect(empty.json()).toMatchObject({ attainment: [], centres: [], bucket: 'week' });
  });

  it('is for vendor staff only, sees only its own tenant, and names the field of a bad range', async () => {
    const app = await createTestApp({ clock: () => monday });
    const tenant = await createTestTenant();
    await addContract(tenant.system, tenant.accountId, { plan: 'premium' });
    const customer = await loginAs(app, tenant.users.customer_admin);
    await customer.post('/api/v1/cases', { title: 'Mine', description: 'Details', severity: 'P1' });
    expect((await customer.get('/api/v1/reports/sla')).statusCode).toBe(403);

    const mine = await loginAs(app, tenant.users.support_manager);
    expect((await mine.get('/api/v1/reports/sla?from=2026-03-01&to=2026-03-15')).json().centres).toHaveLength(
      1,
    );
    const other = await loginAs(app, (await createTestTenant()).users.support_manager);
    expect((await other.get('/api/v1/reports/sla?from=2026-03-01&to=2026-03-15')).json().centres).toEqual([]);

    const backwards = await mine.get('/api/v1/reports/sla?from=2026-03-15&to=2026-03-01');
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().error.details).toEqual([{ field: 'from', message: 'not before to' }]);
    const malformed = await mine.get('/api/v1/reports/sla?from=March');
    expect(malformed.statusCode).toBe(400);
    expect(JSON.stringify(malformed.json())).toContain('from');
  });
});
