import { describe, expect, it } from 'vitest';
import { changeCaseSeverity } from '../../src/commands/cases/change-case-severity.js';
import { escalateCase } from '../../src/commands/cases/escalate-case.js';
import { getBuiltInPack } from '../../src/domain/packs/registry.js';
import { resolveSla } from '../../src/domain/sla/resolve-sla.js';
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
// Tuesday 2026-11-24 10:00 New York: inside the US / americas centre hours.
const opened = new Date('2026-11-24T15:00:00Z');

function dueFromOpening(packId: string, plan: string, severity: string, centre: string, name: string) {
  const sla = resolveSla(getBuiltInPack(packId), {
    plan,
    severity,
    opened: opened.getTime(),
    centre,
    channel: 'portal',
    hasCustomer24x7Contact: false,
  });
  const due = sla.milestones.find((milestone) => milestone.name === name)?.due;
  return due === null || due === undefined ? null : new Date(due).toISOString();
}

function subjectsTo(email: string): (string | undefined)[] {
  return smtpFixture.receiver.messages
    .filter((message) => message.to.includes(email))
    .map((message) => headerOf(message.raw, 'Subject'));
}

describe('case actions with a driven clock', () => {
  it('Imprivata Standard: P1 warned, agreed down to P2 (re-timed from opening), Tier 2 with customer email, resolved', async () => {
    const db = await getTestDatabase();
    const deps: TJobDeps = { db, config: testConfig(), mailer: smtpFixture.mailer };
    const tenant = await createCaseTenant(db, 'imprivata-onesign', 'standard');
    const tenantId = tenant.tenant.id;
    const { case: kase, actor: agent } = await openTestCase(db, tenant, { severity: 'P1', opened });
    let m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.due_at)).toBe('2026-11-24T19:00:00.000Z');
    // 75% of 4 business hours: 18:00Z.
    await sweepAt(deps, tenantId, new Date('2026-11-24T18:00:00Z'));
    expect(iso((await milestonesOf(db, tenantId, kase.id)).first_response?.warned_at)).toBe(
      '2026-11-24T18:00:00.000Z',
    );

    await changeCaseSeverity(
      { db },
      agent,
      kase.id,
      { severity: 'P2', reason: 'Agreed: one ward, workaround in place' },
      new Date('2026-11-24T18:10:00Z'),
    );
    m = await milestonesOf(db, tenantId, kase.id);
    const p2Due = dueFromOpening('imprivata-onesign', 'standard', 'P2', 'us', 'first_response');
    expect(iso(m.first_response?.due_at)).toBe(p2Due);
    expect(m.first_response?.warned_at).toBeNull(); // a new due time warns afresh
    expect(m.first_response?.paused_ms).toBe(0);
    expect(iso(m.resolution?.due_at)).toBe(
      dueFromOpening('imprivata-onesign', 'standard', 'P2', 'us', 'resolution'),
    );

    await escalateCase(
      { db },
      agent,
      kase.id,
      { reason: 'Needs a specialist' },
      new Date('2026-11-24T18:20:00Z'),
    );
    await sweepAt(deps, tenantId, new Date('2026-11-24T18:20:00Z'));
    expect(subjectsTo(tenant.users.customer_contact.email)).toEqual([
      `Case #${kase.number} received (P1): Scenario P1`,
      `Case #${kase.number} escalated to Tier 2 Support: Scenario P1`,
    ]);

    await addCaseComment(
      { db },
      agent,
      kase.id,
      { body: 'Specialist is on it', visibility: 'public' },
      new Date('2026-11-24T18:30:00Z'),
    );
    await updateCaseCommand({ db }, agent, kase.id, { status: 'resolved' }, new Date('2026-11-25T15:00:00Z'));
    m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.met_at)).toBe('2026-11-24T18:30:00.000Z');
    expect(iso(m.resolution?.met_at)).toBe('2026-11-25T15:00:00.000Z');
    await sweepAt(deps, tenantId, new Date('2026-12-20T15:00:00Z'));
    expect(await eventTypesOf(db, tenantId, kase.id)).toEqual([
      'sla.warning',
      'case.severity_changed',
      'case.escalated',
    ]);
  });

  it('Ivanti Enterprise: S3 warned, agreed up to S2 (due from opening already past → breach), escalated twice, resolved', async () => {
    const db = await getTestDatabase();
    const deps: TJobDeps = { db, config: testConfig(), mailer: smtpFixture.mailer };
    const tenant = await createCaseTenant(db, 'ivanti', 'enterprise');
    const tenantId = tenant.tenant.id;
    const { case: kase, actor: agent } = await openTestCase(db, tenant, { severity: 'S3', opened });
    expect(iso((await milestonesOf(db, tenantId, kase.id)).first_response?.due_at)).toBe(
      '2026-11-24T19:00:00.000Z',
    );
    await sweepAt(deps, tenantId, new Date('2026-11-24T17:59:59Z'));
    expect((await milestonesOf(db, tenantId, kase.id)).first_response?.warned_at).toBeNull();
    await sweepAt(deps, tenantId, new Date('2026-11-24T18:00:00Z'));
    expect((await milestonesOf(db, tenantId, kase.id)).first_response?.warned_at).not.toBeNull();

    await changeCaseSeverity(
      { db },
      agent,
      kase.id,
      { severity: 'S2', reason: 'Customer explained the production impact' },
      new Date('2026-11-24T18:05:00Z'),
    );
    let m = await milestonesOf(db, tenantId, kase.id);
    // S2: 2 hours from the original opening → 17:00Z, already past: the sweep records the breach at the due.
    expect(iso(m.first_response?.due_at)).toBe(
      dueFromOpening('ivanti', 'enterprise', 'S2', 'americas', 'first_response'),
    );
    expect(iso(m.first_response?.due_at)).toBe('2026-11-24T17:00:00.000Z');
    await sweepAt(deps, tenantId, new Date('2026-11-24T18:06:00Z'));
    m = await milestonesOf(db, tenantId, kase.id);
    expect(iso(m.first_response?.breached_at)).toBe('2026-11-24T17:00:00.000Z');

    await escalateCase({ db }, agent, kase.id, { reason: 'Needs tier 2' }, new Date('2026-11-24T18:10:00Z'));
    await sweepAt(deps, tenantId, new Date('2026-11-24T18:10:00Z'));
    await escalateCase(
      { db },
      agent,
      kase.id,
      // Ivanti's pack defines no tier categories (unlike Imprivata's Tier 3, IMP-58): none asked.
      { reason: 'Software change' },
      new Date('2026-11-24T18:20:00Z'),
    );
    await sweepAt(deps, tenantId, new Date('2026-11-24T18:20:00Z'));
    // The Ivanti pack has no tier definitions: the customer hears of every escalation.
    expect(subjectsTo(tenant.users.customer_contact.email)).toEqual([
      `Case #${kase.number} received (S3): Scenario S3`,
      `Case #${kase.number} escalated to Tier 2: Scenario S3`,
      `Case #${kase.number} escalated to Tier 3: Scenario S3`,
    ]);
    expect(subjectsTo(tenant.users.support_manager.email)).toContain(
      `Tier 3: case #${kase.number} (S2) Scenario S3`,
    );

    await updateCaseCommand({ db }, agent, kase.id, { status: 'resolved' }, new Date('2026-11-24T20:00:00Z'));
    await sweepAt(deps, tenantId, new Date('2026-11-26T20:00:00Z'));
    // Events of one instant have no defined order: compare the sets of types per instant.
    const types = await eventTypesOf(db, tenantId, kase.id);
    expect(types.slice(0, 4)).toEqual([
      'sla.warning',
      'case.severity_changed',
      'sla.breached',
      'case.escalated',
    ]);
    expect(types.slice(4).sort()).toEqual(['case.escalated', 'case.tier3_escalated']);
  });
});
