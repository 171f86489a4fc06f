import type { TDb } from '../../db/schema.js';
import type { TServiceReviewRow, TServiceReviewStatus } from '../../db/schema-center.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { accountTeamPolicy } from '../../policies/kb-policy.js';
import { updateServiceReview } from '../../repositories/account-team-repository.js';
import { recordAudit } from '../../repositories/audit-repository.js';

/** Changes a service review's agenda, notes, date or status (held, cancelled). */
export async function recordServiceReview(
  deps: { db: TDb },
  actor: TActor,
  id: string,
  input: {
    agenda?: string | undefined;
    notes?: string | undefined;
    status?: TServiceReviewStatus | undefined;
    scheduledFor?: Date | undefined;
  },
  now: Date,
): Promise<TServiceReviewRow> {
  if (!accountTeamPolicy.can(actor, 'record_review', null)) {
    throw new AppError(
      'account_team.forbidden',
      'Only support managers and vendor admins record service reviews',
    );
  }
  return withTransaction(deps.db, async (trx) => {
    const row = await updateServiceReview(trx, actor.tenantId, id, {
      ...(input.agenda !== undefined ? { agenda: input.agenda } : {}),
      ...(input.notes !== undefined ? { notes: input.notes } : {}),
      ...(input.status !== undefined ? { status: input.status } : {}),
      ...(input.scheduledFor !== undefined ? { scheduled_for: input.scheduledFor } : {}),
      updated_at: now,
    });
    if (!row) throw new AppError('service_review.not_found', 'No such service review');
    await recordAudit(trx, {
      actor,
      action: 'service_review.recorded',
      entityType: 'account',
      entityId: row.account_id,
      after: { reviewId: row.id, status: row.status },
      at: now,
    });
    return row;
  });
}
