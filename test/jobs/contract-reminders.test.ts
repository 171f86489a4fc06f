import { describe, expect, it } from 'vitest';
import { contractReminderJob } from '../../src/jobs/contracts/contract-reminder-job.js';
import { enqueueJob } from '../../src/jobs/enqueue-job.js';
import { builtInJobRegistry } from '../../src/jobs/job-definitions.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import {
  createManualClock,
  createTestApp,
  createTestTenant,
  getTestDatabase,
  loginAs,
  testConfig,
} from '../helpers/index.js';

const at = (date: string) => new Date(`${date}T06:00:00Z`);

async function sweep(now: Date, tenantId: string, workerId: string) {
  const db = await getTestDatabase();
  await enqueueJob(db, contractReminderJob, { tenantId }, { now, tenantId });
  return runDueJobs({ db, config: testConfig() }, now, {
    registry: builtInJobRegistry,
    scope: { tenantId },
    workerId,
  });
}

async function reminders(tenantId: string) {
  const db = await getTestDatabase();
  const rows = await db
    .selectFrom('outbox_events')
    .select(['payload'])
    .where('tenant_id', '=', tenantId)
    .where('type', '=', 'contract.reminder')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const payload = row.payload as {
      data: { kind: string; due: string };
      email: { recipients: { email: string }[] };
    };
    return { kind: payload.data.kind, due: payload.data.due, recipients: payload.email.recipients.length };
  });
}

describe('daily contract reminders', () => {
  it('two processes running the daily job at once send each reminder once (renewal, deadline, overdue invoice, objection, cure)', async () => {
    const clock = createManualClock(at('2026-12-20'));
    const app = await createTestApp({ clock });
    const tenant = await createTestTenant();
    const tenantId = tenant.tenant.id;
    const admin = await loginAs(app, tenant.users.vendor_admin);
    // Imprivata: ship 2026-01-20 → term ends 2027-01-31, non-renewal deadline 2027-01-01.
    const imp = (
      await admin.post('/api/v1/contracts', {
        reference: 'REM-IMP',
        accountId: tenant.accountId,
        packId: 'imprivata-onesign',
        plan: 'premium',
        shipDate: '2026-01-20',
      })
    ).json();
    await admin.post(`/api/v1/contracts/${imp.id}/invoices`, {
      number: 'REM-1',
      issuedOn: '2026-11-01',
      dueOn: '2026-12-01',
      amountMinor: 500_00,
      currency: 'USD',
    });
    await admin.post(`/api/v1/contracts/${imp.id}/notices`, {
      kind: 'breach',
      receivedOn: '2026-11-25',
      fromParty: 'vendor',
    });
    // Ivanti: change noticed 2026-12-15 → objection window closes 2027-01-14.
    const iva = (
      await admin.post('/api/v1/contracts', {
        reference: 'REM-IVA',
        accountId: tenant.accountId,
        packId: 'ivanti',
        plan: 'enterprise',
        termStart: '2026-06-01',
      })
    ).json();
    await admin.post(`/api/v1/contracts/${iva.id}/notices`, {
      kind: 'change',
      receivedOn: '2026-12-15',
      version: '2027.1',
    });

    await Promise.all([
      sweep(at('2026-12-20'), tenantId, 'worker-a'),
      sweep(at('2026-12-20'), tenantId, 'worker-b'),
    ]);
    const first = await reminders(tenantId);
    expect(first.map((r) => `${r.kind} ${r.due}`).sort()).toEqual([
      'cure_deadline 2026-12-25',
      'invoice_overdue 2026-12-20',
      'non_renewal_deadline 2027-01-01',
      'renewal_coming 2027-01-31',
    ]);
    expect(first.every((r) => r.recipients >= 2)).toBe(true);

    // Next day, two processes again: nothing repeats; the objection window (closes 2027-01-14) comes on 2027-01-07.
    await Promise.all([
      sweep(at('2026-12-21'), tenantId, 'worker-a'),
      sweep(at('2026-12-21'), tenantId, 'worker-b'),
    ]);
    expect(await reminders(tenantId)).toHaveLength(4);
    await Promise.all([
      sweep(at('2027-01-07'), tenantId, 'worker-a'),
      sweep(at('2027-01-07'), tenantId, 'worker-b'),
    ]);
    const later = (await reminders(tenantId)).map((r) => `${r.kind} ${r.due}`);
    expect(later.filter((r) => r.startsWith('objection_window_closing'))).toEqual([
      'objection_window_closing 2027-01-14',
    ]);
    expect(later).toHaveLength(5);
  }, 120_000); // the first test of the file also pays for the database set-up
});
