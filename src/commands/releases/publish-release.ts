import type { TDb } from '../../db/schema.js';
import type { TReleaseRow } from '../../db/schema-releases.js';
import { withTransaction } from '../../db/with-transaction.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { releasePolicy } from '../../policies/release-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import {
  claimCasesToNotify,
  findRelease,
  markReleasePublished,
} from '../../repositories/release-repository.js';
import { CONTRACT_DATE_ZONE } from '../contracts/load-entitlement.js';
import { notifyFixedCases } from './notify-fixed-cases.js';
import { sendReleaseNotices } from './send-release-notices.js';

/**
 * Publishes a release and tells the customer of every case whose product-defect outcome it fixes.
 * Idempotent: publishing a published release changes nothing and sends nothing again (each case is
 * claimed once through `release_notified_at`).
 */
export async function publishRelease(
  deps: { db: TDb },
  actor: TActor,
  releaseId: string,
  now: Date,
): Promise<{ release: TReleaseRow; notifiedCases: number }> {
  return withTransaction(deps.db, async (trx) => {
    const existing = await findRelease(trx, actor.tenantId, releaseId);
    if (!existing) throw new AppError('release.not_found', 'No such release');
    if (!releasePolicy.can(actor, 'create', existing)) {
      throw new AppError('auth.forbidden', 'Only vendor admins and support managers publish releases');
    }
    // The GA date becomes the day it actually shipped (contract dates are read in UTC).
    const gaDate = dateInZone(now, CONTRACT_DATE_ZONE);
    const published = await markReleasePublished(
      trx,
      actor.tenantId,
      releaseId,
      describeActor(actor),
      now,
      gaDate,
    );
    if (!published) return { release: existing, notifiedCases: 0 };
    const cases = await claimCasesToNotify(trx, actor.tenantId, releaseId, now);
    await notifyFixedCases(trx, published, cases, now);
    const notices = await sendReleaseNotices(trx, published, now);
    await recordAudit(trx, {
      actor,
      action: 'release.published',
      entityType: 'release',
      entityId: releaseId,
      before: { status: existing.status },
      after: { status: 'published', gaDate, notifiedCases: cases.map((kase) => kase.id), notices },
      at: now,
    });
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: 'release.published',
      entityType: 'release',
      entityId: releaseId,
      data: { releaseId, version: published.version, caseIds: cases.map((kase) => kase.id) },
      occurredAt: now,
    });
    return { release: published, notifiedCases: cases.length };
  });
}
