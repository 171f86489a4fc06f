import { z } from 'zod';
import { policyOfTenantPack } from '../../commands/packs/find-pack-version.js';
import { centreCalendars } from '../../commands/workflow/centre-calendar.js';
import { getBuiltInPack, listBuiltInPacks } from '../../domain/packs/registry.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { decideFollowTheSun } from '../../domain/workflow/follow-the-sun.js';
import { listOpenCasesForRouting } from '../../repositories/case-routing-repository.js';
import { listPublishedTenantPacks } from '../../repositories/tenant-pack-repository.js';
import { defineJob } from '../define-job.js';
import { enqueueJob } from '../enqueue-job.js';
import { followTheSunTransferJob } from './follow-the-sun-transfer-job.js';

const batch = 500;

/**
 * Follow-the-sun (IVA-22, C5), sweep-then-queue like the SLA sweep: every minute (or for one tenant
 * on demand) finds the open cases of every pack version's rule (built-in and tenants' published
 * versions) on its plans and severities (Ivanti S1 on
 * Enterprise/Premium/Enhanced) whose owning centre is closed while another is open, and enqueues
 * one `workflow.follow-the-sun-transfer` per case, centre pair and case version (dedupe key), so a
 * rerun or a second worker enqueues nothing new. The transfer job re-checks everything under a lock.
 */
export const followTheSunSweepJob = defineJob({
  id: 'workflow.follow-the-sun-sweep',
  schema: z.strictObject({ tenantId: z.uuid().optional() }),
  cron: '* * * * *',
  retry: { maxAttempts: 3, backoffMs: 5_000, maxBackoffMs: 60_000 },
  leaseMs: 120_000,
  mode: 'transactional',
  lane: 'timers',
  handle: async ({ payload, now, db }) => {
    // Every pack version with a rule: the built-in packs, and the published versions of tenants
    // (their own packs, or their versions of a built-in pack) — each sweeps only its own cases.
    const sources: { tenantId: string | undefined; policy: TPolicy }[] = [
      ...listBuiltInPacks().map((summary) => ({
        tenantId: payload.tenantId,
        policy: getBuiltInPack(summary.id),
      })),
      ...(await listPublishedTenantPacks(db, payload.tenantId)).map((row) => ({
        tenantId: row.tenant_id,
        policy: policyOfTenantPack(row),
      })),
    ];
    for (const { tenantId, policy } of sources) {
      const rule = policy.sla.settings.follow_the_sun;
      if (!rule) continue;
      const calendars = centreCalendars(policy);
      const candidates = await listOpenCasesForRouting(db, {
        tenantId,
        packId: policy.id,
        packVersion: policy.version,
        plans: rule.plans,
        severities: rule.severities,
        limit: batch,
      });
      for (const kase of candidates) {
        const decision = decideFollowTheSun(policy, {
          plan: kase.plan,
          severity: kase.severity,
          currentCentre: kase.centre,
          hasCustomer24x7Contact: kase.has24x7,
          calendars,
          now: now.getTime(),
        });
        if (decision.kind !== 'transfer') continue;
        await enqueueJob(
          db,
          followTheSunTransferJob,
          { tenantId: kase.tenant_id, caseId: kase.id, from: decision.from, to: decision.to },
          {
            now,
            tenantId: kase.tenant_id,
            dedupeKey: `follow-the-sun:${kase.id}:${decision.from}:${decision.to}:${kase.updated_at.getTime()}`,
          },
        );
      }
    }
  },
});
