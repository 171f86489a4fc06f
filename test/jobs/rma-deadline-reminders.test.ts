import { describe, expect, it } from 'vitest';
import { setupRma } from '../api/rma-fixtures.js';
import { getTestDatabase } from '../helpers/index.js';
import { runRmaDeadlineSweep } from './rma-sweep-helper.js';

async function noticeEvents(tenantId: string) {
  const db = await getTestDatabase();
  return db
    .selectFrom('outbox_events')
    .select(['type', 'payload'])
    .where('tenant_id', '=', tenantId)
    .where('type', 'in', ['rma.deadline_warning', 'rma.deadline_missed'])
    .orderBy('id')
    .execute();
}

describe('RMA deadline reminders', () => {
  it('H1 two processes sweeping at once send each RMA warning and missed notice exactly once', async () => {
    const { agent, addAppliance, openCase, conclude, tenant } = await setupRma({
      plan: 'premium',
      start: new Date('2026-12-21T15:00:00Z'),
    });
    const appliance = await addAppliance();
    const kase = await openCase();
    await conclude(kase.id, appliance.id);
    const rma = (await agent.post('/api/v1/rmas', { caseId: kase.id, applianceId: appliance.id })).json();
    expect(rma.shipBy).toBe('2026-12-22T15:00:00.000Z');
    const tenantId = tenant.tenant.id;

    // Before the warning window: nothing.
    await runRmaDeadlineSweep(new Date('2026-12-21T14:00:00Z'), tenantId);
    expect(await noticeEvents(tenantId)).toHaveLength(0);

    // Inside the warning window (24 h before): two workers at once → one warning.
    const warnAt = new Date('2026-12-21T16:00:00Z');
    await Promise.all([
      runRmaDeadlineSweep(warnAt, tenantId, 'worker-a'),
      runRmaDeadlineSweep(warnAt, tenantId, 'worker-b'),
    ]);
    await runRmaDeadlineSweep(new Date('2026-12-22T10:00:00Z'), tenantId, 'worker-a');
    expect((await noticeEvents(tenantId)).map((e) => e.type)).toEqual(['rma.deadline_warning']);

    // Missed: two workers at once, then again later → one missed notice and the ship_overdue flag.
    const missedAt = new Date('2026-12-22T15:00:01Z');
    await Promise.all([
      runRmaDeadlineSweep(missedAt, tenantId, 'worker-a'),
      runRmaDeadlineSweep(missedAt, tenantId, 'worker-b'),
    ]);
    await runRmaDeadlineSweep(new Date('2026-12-23T15:00:00Z'), tenantId, 'worker-b');
    const events = await noticeEvents(tenantId);
    expect(events.map((e) => e.type)).toEqual(['rma.deadline_warning', 'rma.deadline_missed']);
    const db = await getTestDatabase();
    const row = await db
      .selectFrom('rmas')
      .select('flags')
      .where('tenant_id', '=', tenantId)
      .executeTakeFirstOrThrow();
    expect(row.flags).toContain('rma.ship_overdue');
  });
});
