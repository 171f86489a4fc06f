import { describe, expect, it } from 'vitest';
import { createJobRegistry } from '../../src/jobs/define-job.js';
import { enqueueJob } from '../../src/jobs/enqueue-job.js';
import { purgeExpiredJob } from '../../src/jobs/maintenance/purge-expired-job.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { insertPhoneVerification, recordPinAttempt } from '../../src/repositories/phone-pin-repository.js';
import { createTestTenant, getTestDatabase, testConfig } from '../helpers/index.js';

const now = new Date('2026-11-24T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('housekeeping of phone intake records', () => {
  it('deletes PIN attempts older than a day and unused PIN checks expired over a day ago; keeps the rest', async () => {
    const db = await getTestDatabase();
    const tenant = await createTestTenant(db, hoursAgo(100));
    const base = { tenantId: tenant.tenant.id, accountId: tenant.accountId, actor: 'user:x' };
    await recordPinAttempt(db, { ...base, succeeded: false, at: hoursAgo(30) });
    await recordPinAttempt(db, { ...base, succeeded: false, at: hoursAgo(2) });
    const stale = await insertPhoneVerification(db, {
      ...base,
      createdAt: hoursAgo(40),
      expiresAt: hoursAgo(39),
    });
    const fresh = await insertPhoneVerification(db, {
      ...base,
      createdAt: hoursAgo(2),
      expiresAt: hoursAgo(1),
    });

    await enqueueJob(db, purgeExpiredJob, {}, { now, tenantId: tenant.tenant.id });
    const result = await runDueJobs({ db, config: testConfig() }, now, {
      registry: createJobRegistry([purgeExpiredJob]),
      scope: { tenantId: tenant.tenant.id },
    });
    expect(result.outcomes.succeeded).toBe(1);
    const attempts = await db
      .selectFrom('pin_attempts')
      .select('at')
      .where('tenant_id', '=', tenant.tenant.id)
      .execute();
    expect(attempts.map((row) => row.at.toISOString())).toEqual([hoursAgo(2).toISOString()]);
    const checks = await db
      .selectFrom('phone_verifications')
      .select('id')
      .where('tenant_id', '=', tenant.tenant.id)
      .execute();
    expect(checks.map((row) => row.id)).toEqual([fresh.id]);
    expect(stale.id).not.toBe(fresh.id);
  });
});
