import { describe, expect, it } from 'vitest';
import { actorForUser } from '../../src/commands/auth/actor-for-user.js';
import type { TJobDeps } from '../../src/jobs/define-job.js';
import { getTestDatabase, testConfig } from '../helpers/index.js';
import type { TTestUser } from '../helpers/test-tenant.js';
import {
  addCaseComment,
  createCaseTenant,
  eventTypesOf,
  openTestCase,
  sweepAt,
  updateCaseCommand,
} from './fixtures/case-fixtures.js';
import { headerOf, smtpReceiverForFile } from './fixtures/receivers.js';

const smtpFixture = smtpReceiverForFile('cases@aftercare.test');

// Tuesday 2026-11-24 10:00 New York: inside the US centre's hours.
const opened = new Date('2026-11-24T15:00:00Z');
const at = (minutes: number) => new Date(opened.getTime() + minutes * 60_000);

describe('case lifecycle notifications (outbox → email and webhooks)', () => {
  it('confirms a new case to the customer with its promises, then relays replies, assignment and resolution', async () => {
    const db = await getTestDatabase();
    const deps: TJobDeps = { db, config: testConfig(), mailer: smtpFixture.mailer };
    const tenant = await createCaseTenant(db, 'imprivata-onesign', 'standard');
    const tenantId = tenant.tenant.id;
    const { case: kase, actor: agent } = await openTestCase(db, tenant, { severity: 'P1', opened });
    const customer = actorForUser(tenant.users.customer_contact, { kind: 'session' });
    const inbox = (user: TTestUser) =>
      smtpFixture.receiver.messages
        .filter((message) => message.to.includes(user.email))
        .map((message) => headerOf(message.raw, 'Subject') ?? '')
        .sort();
    const bodyTo = (user: TTestUser) =>
      smtpFixture.receiver.messages.find((message) => message.to.includes(user.email))?.raw ?? '';

    await sweepAt(deps, tenantId, at(1));
    expect(inbox(tenant.users.customer_contact)).toEqual([`Case #${kase.number} received (P1): Scenario P1`]);
    expect(inbox(tenant.users.customer_admin)).toEqual([`Case #${kase.number} received (P1): Scenario P1`]);
    // The promise in writing, in the centre's own zone.
    expect(bodyTo(tenant.users.customer_contact)).toContain('America/New_York');
    expect(bodyTo(tenant.users.customer_contact)).toMatch(/first response: .*due Tue 2026-11-24/);

    // Nobody is assigned yet: a customer reply reaches no one by email (webhooks still see it).
    await addCaseComment({ db }, customer, kase.id, { body: 'Any news?', visibility: 'public' }, at(5));
    await updateCaseCommand({ db }, agent, kase.id, { assigneeId: tenant.users.agent.id }, at(10));
    await addCaseComment({ db }, customer, kase.id, { body: 'Logs attached.', visibility: 'public' }, at(15));
    await addCaseComment(
      { db },
      agent,
      kase.id,
      { body: 'Checking the logs.', visibility: 'internal' },
      at(20),
    );
    await addCaseComment(
      { db },
      agent,
      kase.id,
      { body: 'Fixed by a config change.', visibility: 'public' },
      at(25),
    );
    await updateCaseCommand({ db }, agent, kase.id, { status: 'resolved' }, at(30));
    await sweepAt(deps, tenantId, at(31));

    // Emails due at the same instant may arrive in any order: compared sorted.
    expect(inbox(tenant.users.agent)).toEqual(
      [
        `Case #${kase.number} (P1) assigned to you: Scenario P1`,
        `Case #${kase.number}: new reply from ${tenant.users.customer_contact.name} — Scenario P1`,
      ].sort(),
    );
    expect(inbox(tenant.users.customer_contact)).toEqual(
      [
        `Case #${kase.number} received (P1): Scenario P1`,
        `Case #${kase.number} resolved: Scenario P1`,
        `Case #${kase.number}: new reply from ${tenant.users.agent.name} — Scenario P1`,
      ].sort(),
    );
    expect(smtpFixture.receiver.messages.some((message) => message.raw.includes('Checking the logs.'))).toBe(
      false,
    );
    expect(await eventTypesOf(db, tenantId, kase.id, { lifecycle: true })).toEqual([
      'case.opened',
      'case.commented',
      'case.assigned',
      'case.commented',
      'case.commented',
      'case.commented',
      'case.status_changed',
    ]);
  });
});
