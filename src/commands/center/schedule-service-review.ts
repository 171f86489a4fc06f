import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TServiceReviewRow } from '../../db/schema-center.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { accountTeamPolicy } from '../../policies/kb-policy.js';
import { insertServiceReview } from '../../repositories/account-team-repository.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { loadCustomerCenter } from './load-customer-center.js';

/** Schedules a service review with its agenda — only for accounts whose plan includes them (IVA-18). */
export async function scheduleServiceReview(
  deps: { db: TDb },
  actor: TActor,
  accountId: string,
  input: { scheduledFor: Date; agenda: string },
  now: Date,
): Promise<TServiceReviewRow> {
  if (!accountTeamPolicy.can(actor, 'schedule_review', null)) {
    throw new AppError(
      'account_team.forbidden',
      'Only support managers and vendor admins schedule service reviews',
    );
  }
  const center = await loadCustomerCenter(deps, actor, accountId, now);
  if (!center.promise.serviceReviews) {
    throw new AppError(
      'account_team.review_not_in_plan',
      "Service reviews are not part of this account's plan",
    );
  }
  return withTransaction(deps.db, async (trx) => {
    const row = await insertServiceReview(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      account_id: accountId,
      scheduled_for: input.scheduledFor,
      agenda: input.agenda,
      notes: '',
      status: 'scheduled',
      created_by: describeActor(actor),
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'service_review.scheduled',
      entityType: 'account',
      entityId: accountId,
      after: { reviewId: row.id, scheduledFor: input.scheduledFor.toISOString() },
      at: now,
    });
    return row;
  });
}
