import { describe, expect, it } from 'vitest';
import { newId } from '../../src/db/new-id.js';
import { createJobRegistry } from '../../src/jobs/define-job.js';
import { enqueueJob } from '../../src/jobs/enqueue-job.js';
import { builtInJobRegistry } from '../../src/jobs/job-definitions.js';
import { purgeExpiredJob } from '../../src/jobs/maintenance/purge-expired-job.js';
import { runDueJobs } from '../../src/jobs/run-due-jobs.js';
import { recordLoginAttempt } from '../../src/repositories/login-attempt-repository.js';
import { insertSession } from '../../src/repositories/session-repository.js';
import { createTestTenant, getTestDatabase, testConfig } from '../helpers/index.js';

const now = new Date('2026-11-24T12:00:00Z');
const hoursAgo = (hours: number) => new Date(now.getTime() - hours * 3_600_000);

describe('maintenance.purge-expired job', () => {
  it('is a scheduled built-in job', () => {
    expect(builtInJobRegistry.get('maintenance.purge-expired')?.cron).toBe('17 * * * *');
  });

  it('deletes expired sessions and login attempts older than a day, keeps the rest', async () => {
    const db = await getTestDatabase();
    const tenant = await createTestTenant(db, hoursAgo(100));
    const user = tenant.users.agent;
    const session = (label: string, expiresAt: Date) =>
      insertSession(db, {
        tenantId: tenant.tenant.id,
        id: newId(),
        userId: user.id,
        tokenHash: `hash-${label}-${newId()}`,
        csrfToken: label,
        ip: null,
        userAgent: null,
        expiresAt,
      });
    await session('expired', hoursAgo(1));
    await session('live', new Date(now.getTime() + 3_600_000));
    const attempt = (at: Date) =>
      recordLoginAttempt(db, {
        tenantId: tenant.tenant.id,
        email: user.email,
        ip: '127.0.0.9',
        succeeded: false,
        at,
      });
    await attempt(hoursAgo(30));
    await attempt(hoursAgo(2));

    await enqueueJob(db, purgeExpiredJob, {}, { now, tenantId: tenant.tenant.id });
    const result = await runDueJobs({ db, config: testConfig() }, now, {
      registry: createJobRegistry([purgeExpiredJob]),
      scope: { tenantId: tenant.tenant.id },
    });
    expect(result.outcomes.succeeded).toBe(1);

    const sessions = await db
      .selectFrom('sessions')
      .select('csrf_token')
      .where('tenant_id', '=', tenant.tenant.id)
      .where('csrf_token', 'in', ['expired', 'live'])
      .execute();
    expect(sessions.map((row) => row.csrf_token)).toEqual(['live']);
    const attempts = await db
      .selectFrom('login_attempts')
      .select('at')
      .where('tenant_id', '=', tenant.tenant.id)
      .where('ip', '=', '127.0.0.9')
      .execute();
    expect(attempts.map((row) => row.at.toISOString())).toEqual([hoursAgo(2).toISOString()]);
  });
});
