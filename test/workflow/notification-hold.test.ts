import { describe, expect, it } from 'vitest';
import type { TDb } from '../../src/db/schema.js';
import { builtInJobRegistry } from '../../src/jobs/job-definitions.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { recordEvent } from '../../src/outbox/record-event.js';
import { getTestDatabase, testConfig } from '../helpers/index.js';
import { createCaseTenant, openTestCase } from './fixtures/case-fixtures.js';

// Monday 2 March 2026, 10:00 in New York (US centre open), and 23:00 (closed until Tuesday 07:00 = 12:00Z).
const opened = new Date('2026-03-02T15:00:00Z');
const evening = new Date('2026-03-03T04:00:00Z');
const nextOpening = '2026-03-03T12:00:00.000Z';

async function emailTimes(hold: boolean, at: Date) {
  const db = await getTestDatabase();
  const tenant = await createCaseTenant(db, 'imprivata-onesign', 'premium');
  const { case: kase } = await openTestCase(db, tenant, { severity: 'P1', opened });
  const event = await db.transaction().execute((trx) =>
    recordEvent(trx, {
      tenantId: tenant.tenant.id,
      type: 'case.test_update',
      entityType: 'case',
      entityId: kase.id,
      data: { caseId: kase.id },
      email: {
        recipients: [
          { email: tenant.users.customer_contact.email, userId: tenant.users.customer_contact.id },
          { email: 'named.contact@customer.example', userId: null },
          { email: tenant.users.support_manager.email, userId: tenant.users.support_manager.id },
        ],
        subject: 'Update',
        text: 'Update',
      },
      occurredAt: at,
    }),
  );
  const deps = { db, config: testConfig({ AFTERCARE_HOLD_NOTIFICATIONS: hold ? 'true' : 'false' }) };
  await runDueJobs(deps, at, { registry: builtInJobRegistry, scope: { tenantId: tenant.tenant.id } });
  return sendAfterByAddress(db, tenant.tenant.id, event.id);
}

/** The emails of this one event (opening the case may send its own). */
async function sendAfterByAddress(db: TDb, tenantId: string, eventId: string) {
  const rows = await db
    .selectFrom('email_messages')
    .select(['to_address', 'send_after'])
    .where('tenant_id', '=', tenantId)
    .where('event_id', '=', eventId)
    .execute();
  return Object.fromEntries(
    rows.map((row) => [
      row.to_address.split('@')[0]?.replace(/-[0-9a-f]{8}$/, ''),
      row.send_after.toISOString(),
    ]),
  );
}

describe('holding customer-facing emails to the centre’s business hours (optional rule)', () => {
  it('with the hold on, customer users and named contacts get an after-hours case email at the next opening; staff at once', async () => {
    const times = await emailTimes(true, evening);
    expect(times).toEqual({
      'customer-contact': nextOpening,
      'named.contact': nextOpening,
      'support-manager': evening.toISOString(),
    });
  });

  it('sends at once in business hours, and always when the hold is off', async () => {
    const inHours = new Date('2026-03-02T16:00:00Z');
    expect(new Set(Object.values(await emailTimes(true, inHours)))).toEqual(new Set([inHours.toISOString()]));
    expect(new Set(Object.values(await emailTimes(false, evening)))).toEqual(
      new Set([evening.toISOString()]),
    );
  });
});
