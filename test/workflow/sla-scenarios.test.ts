import { describe, expect, it } from 'vitest';
import type { TJobDeps } from '../../src/jobs/define-job.js';

import { getTestDatabase, testConfig } from '../helpers/index.js';
import {
  addCaseComment,
  createCaseTenant,
  eventTypesOf,
  milestonesOf,
  openTestCase,
  sweepAt,
  updateCaseCommand,
} from './fixtures/case-fixtures.js';
import { headerOf, smtpReceiverForFile } from './fixtures/receivers.js';

const smtpFixture = smtpReceiverForFile('sla@aftercare.test');

const iso = (value: Date | null | undefined) => (value ? value.toISOString() : null);

describe('SLA scenarios with a driven clock', () => {
  it('Ivanti Enterprise S1 by phone: 24x7 response warning at 75%, breach, support manager after 8 hours, resolution', async () => {
    const db = await getTestDatabase();
    const deps: TJobDeps = { db, config: testConfig(), mailer: smtpFixture.mailer };
    const tenant = await createCaseTenant(db, 'ivanti', 'enterprise');
    const tenantId = tenant.tenant.id;
    // Saturday 02:00 UTC: outside every centre's hours, but S1 by phone runs around the clock (IVA-30).
    const opened = new Date('2026-11-28T02:00:00Z');
    const { case: kase } = await openTestCase(db, tenant, { severity: 'S1', channel: 'phone', opened });
    let m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.due_at)).toBe('2026-11-28T03:00:00.000Z');
    expect(iso(m.escalation?.due_at)).toBe('2026-11-28T10:00:00.000Z');

    await sweepAt(deps, tenantId, new Date('2026-11-28T02:44:59Z'));
    expect((await milestonesOf(db, tenantId, kase.id)).first_response?.warned_at).toBeNull();

    await sweepAt(deps, tenantId, new Date('2026-11-28T02:45:00Z'));
    m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.warned_at)).toBe('2026-11-28T02:45:00.000Z');
    // A second sweep at the same instant changes nothing (idempotent).
    await sweepAt(deps, tenantId, new Date('2026-11-28T02:45:00Z'));
    expect(await eventTypesOf(db, tenantId, kase.id)).toEqual(['sla.warning']);

    // Exactly at the due instant it is not yet breached (T7); one millisecond later it is.
    await sweepAt(deps, tenantId, new Date('2026-11-28T03:00:00Z'));
    expect((await milestonesOf(db, tenantId, kase.id)).first_response?.breached_at).toBeNull();
    await sweepAt(deps, tenantId, new Date('2026-11-28T03:00:00.001Z'));
    m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.breached_at)).toBe('2026-11-28T03:00:00.000Z');

    await sweepAt(deps, tenantId, new Date('2026-11-28T09:59:59Z'));
    expect((await milestonesOf(db, tenantId, kase.id)).escalation?.met_at).toBeNull();
    await sweepAt(deps, tenantId, new Date('2026-11-28T10:00:00Z'));
    m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.escalation?.met_at)).toBe('2026-11-28T10:00:00.000Z');
    expect(await eventTypesOf(db, tenantId, kase.id)).toEqual([
      'sla.warning',
      'sla.breached',
      'case.escalated_to_support_manager',
    ]);
    const manager = tenant.users.support_manager.email;
    const toManager = smtpFixture.receiver.messages.filter((message) => message.to.includes(manager));
    expect(toManager.map((message) => headerOf(message.raw, 'Subject'))).toEqual([
      expect.stringContaining('first response due'),
      expect.stringContaining('first response target missed'),
      expect.stringContaining('escalated to you'),
    ]);
    const escalations = await db
      .selectFrom('case_escalations')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .execute();
    expect(escalations).toMatchObject([{ kind: 'support_manager', case_id: kase.id }]);
    const escalated = await db
      .selectFrom('cases')
      .select('escalated_at')
      .where('tenant_id', '=', tenantId)
      .where('id', '=', kase.id)
      .executeTakeFirstOrThrow();
    // The support manager view and `?escalated=true` show it from then on.
    expect(iso(escalated.escalated_at)).toBe('2026-11-28T10:00:00.000Z');

    await updateCaseCommand(
      { db },
      tenant.system,
      kase.id,
      { status: 'resolved' },
      new Date('2026-11-28T11:00:00Z'),
    );
    await sweepAt(deps, tenantId, new Date('2026-11-28T11:00:00Z')); // sends the "resolved" email
    const after = await sweepAt(deps, tenantId, new Date('2026-11-29T11:00:00Z'));
    expect(after.ran).toBe(1); // only the sweep itself: no alarm for a resolved case
  });

  it('Ivanti Enterprise S1 resolved within 8 hours is never escalated', async () => {
    const db = await getTestDatabase();
    const deps: TJobDeps = { db, config: testConfig() };
    const tenant = await createCaseTenant(db, 'ivanti', 'enterprise');
    const opened = new Date('2026-11-24T15:00:00Z');
    const { case: kase } = await openTestCase(db, tenant, { severity: 'S1', channel: 'phone', opened });
    await addCaseComment(
      { db },
      tenant.system,
      kase.id,
      { body: 'Calling you now', visibility: 'public' },
      new Date('2026-11-24T15:20:00Z'),
    );
    await updateCaseCommand(
      { db },
      tenant.system,
      kase.id,
      { status: 'resolved' },
      new Date('2026-11-24T20:00:00Z'),
    );
    await sweepAt(deps, tenant.tenant.id, new Date('2026-11-25T15:00:00Z'));
    expect(await eventTypesOf(db, tenant.tenant.id, kase.id)).toEqual([]);
  });

  it('Imprivata Standard P1 in business hours: warning at 75% of 4 business hours, first response met, resolution warned then breached', async () => {
    const db = await getTestDatabase();
    const deps: TJobDeps = { db, config: testConfig() };
    const tenant = await createCaseTenant(db, 'imprivata-onesign', 'standard');
    const tenantId = tenant.tenant.id;
    // Tuesday 10:00 New York (US centre, 07:00–19:00).
    const opened = new Date('2026-11-24T15:00:00Z');
    const { case: kase, actor: agent } = await openTestCase(db, tenant, { severity: 'P1', opened });
    let m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.due_at)).toBe('2026-11-24T19:00:00.000Z');

    await sweepAt(deps, tenantId, new Date('2026-11-24T18:00:00Z'));
    m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.warned_at)).toBe('2026-11-24T18:00:00.000Z');
    // A system (job/CLI) comment is not an agent response: only the agent's public reply meets it.
    await addCaseComment(
      { db },
      tenant.system,
      kase.id,
      { body: 'Automatic acknowledgement', visibility: 'public' },
      new Date('2026-11-24T18:10:00Z'),
    );
    expect((await milestonesOf(db, tenantId, kase.id)).first_response?.met_at).toBeNull();
    await addCaseComment(
      { db },
      agent,
      kase.id,
      { body: 'Looking into it', visibility: 'public' },
      new Date('2026-11-24T18:30:00Z'),
    );
    await sweepAt(deps, tenantId, new Date('2026-11-24T19:30:00Z'));
    m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.met_at)).toBe('2026-11-24T18:30:00.000Z');
    expect(m.first_response?.breached_at).toBeNull();

    // Resolution: 7 business days (T5) from Tue 10:00 → Friday 2026-12-04 10:00 New York
    // (Thanksgiving 11-26 is closed; the day after is open).
    const resolutionDue = m.resolution?.due_at as Date;
    expect(iso(resolutionDue)).toBe('2026-12-04T15:00:00.000Z');
    // 75% of 7 × 12 business hours = 63 h: 21 business hours before the due instant, i.e. Fri
    // 07:00–10:00 (3 h) + Thu 12-03 (12 h) + Wed 12-02 13:00–19:00 (6 h) → Wed 13:00 New York.
    await sweepAt(deps, tenantId, new Date('2026-12-02T17:59:59Z'));
    expect((await milestonesOf(db, tenantId, kase.id)).resolution?.warned_at).toBeNull();
    await sweepAt(deps, tenantId, new Date('2026-12-02T18:00:00Z'));
    expect(iso((await milestonesOf(db, tenantId, kase.id)).resolution?.warned_at)).toBe(
      '2026-12-02T18:00:00.000Z',
    );
    await sweepAt(deps, tenantId, new Date('2026-12-04T15:00:01Z'));
    expect(iso((await milestonesOf(db, tenantId, kase.id)).resolution?.breached_at)).toBe(
      '2026-12-04T15:00:00.000Z',
    );
    await updateCaseCommand(
      { db },
      tenant.system,
      kase.id,
      { status: 'resolved' },
      new Date('2026-12-04T16:00:00Z'),
    );
    expect(await eventTypesOf(db, tenantId, kase.id)).toEqual(['sla.warning', 'sla.warning', 'sla.breached']);
  });

  it('Imprivata Premium P0: 1-hour elapsed response, warning honours AFTERCARE_SLA_WARNING_PERCENT', async () => {
    const db = await getTestDatabase();
    const deps: TJobDeps = { db, config: testConfig({ AFTERCARE_SLA_WARNING_PERCENT: '50' }) };
    const tenant = await createCaseTenant(db, 'imprivata-onesign', 'premium');
    const opened = new Date('2026-11-24T15:00:00Z');
    const { case: kase } = await openTestCase(db, tenant, { severity: 'P0', opened });
    await sweepAt(deps, tenant.tenant.id, new Date('2026-11-24T15:30:00Z'));
    const m = await milestonesOf(db, tenant.tenant.id, kase.id);
    expect(iso(m.first_response?.due_at)).toBe('2026-11-24T16:00:00.000Z');
    expect(iso(m.first_response?.warned_at)).toBe('2026-11-24T15:30:00.000Z');
  });
});
