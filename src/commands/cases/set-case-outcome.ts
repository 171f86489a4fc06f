import { newId } from '../../db/new-id.js';
import type { TDb, TTransaction } from '../../db/schema.js';
import type { TCaseRow } from '../../db/schema-records.js';
import type { TReleaseRow } from '../../db/schema-releases.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { setCaseFields } from '../../repositories/case-workflow-repository.js';
import { findRelease, findReleaseByVersion, insertRelease } from '../../repositories/release-repository.js';
import { notifyFixedCases } from '../releases/notify-fixed-cases.js';
import { loadCaseForAction } from './load-case-for-action.js';

export type TSetOutcomeInput =
  | { kind: 'product_defect'; releaseId?: string | undefined; fixVersion?: string | undefined }
  | {
      kind: 'configuration_change';
      riskReview?: { summary: string; reviewedBy?: string | undefined } | undefined;
      /** Marking the change done needs a recorded risk review (default true). */
      done?: boolean | undefined;
    };

export type TCaseOutcome =
  | { kind: 'product_defect'; releaseId: string; fixVersion: string; recordedAt: string; recordedBy: string }
  | {
      kind: 'configuration_change';
      riskReview: { summary: string; reviewedBy: string; reviewedAt: string } | null;
      done: boolean;
      recordedAt: string;
      recordedBy: string;
    };

/**
 * The conclusion of the investigation (IMP-59): a product defect, linked to the release that fixes
 * it (an unknown `fixVersion` is recorded as a planned release; the customer is told when it is
 * published, or now if it already is), or a configuration change, which cannot be marked done
 * without a recorded risk review.
 */
export async function setCaseOutcome(
  deps: { db: TDb },
  actor: TActor,
  caseId: string,
  input: TSetOutcomeInput,
  now: Date,
): Promise<TCaseRow> {
  return withTransaction(deps.db, async (trx) => {
    const row = await loadCaseForAction(trx, actor, caseId, 'set_outcome');
    const by = describeActor(actor);
    let outcome: TCaseOutcome;
    let release: TReleaseRow | null = null;
    if (input.kind === 'product_defect') {
      release = await findFixRelease(trx, actor, row, input, now);
      outcome = {
        kind: 'product_defect',
        releaseId: release.id,
        fixVersion: release.version,
        recordedAt: now.toISOString(),
        recordedBy: by,
      };
    } else {
      const previous = row.outcome as TCaseOutcome | null;
      const stored = previous?.kind === 'configuration_change' ? previous.riskReview : null;
      const summary = input.riskReview?.summary.trim() ?? '';
      if (input.riskReview && summary === '') {
        throw new AppError('case.risk_review_required', 'The risk review needs a summary', [
          { field: 'riskReview.summary', message: 'required' },
        ]);
      }
      const riskReview = input.riskReview
        ? {
            summary,
            reviewedBy: input.riskReview.reviewedBy?.trim() || (await nameOf(trx, actor)),
            reviewedAt: now.toISOString(),
          }
        : stored;
      const done = input.done ?? true;
      if (done && riskReview === null) {
        throw new AppError(
          'case.risk_review_required',
          'A configuration change cannot be marked done before its risk review is recorded',
          [{ field: 'riskReview', message: 'required to mark the configuration change done' }],
        );
      }
      outcome = {
        kind: 'configuration_change',
        riskReview,
        done,
        recordedAt: now.toISOString(),
        recordedBy: by,
      };
    }
    const alreadyOut = release?.status === 'published';
    const updated = await setCaseFields(trx, actor.tenantId, caseId, {
      outcome: JSON.stringify(outcome),
      outcome_release_id: release?.id ?? null,
      release_notified_at: alreadyOut ? now : null,
      updated_at: now,
    });
    if (release && alreadyOut) await notifyFixedCases(trx, release, [updated], now);
    await recordAudit(trx, {
      actor,
      action: 'case.outcome_set',
      entityType: 'case',
      entityId: caseId,
      before: { outcome: row.outcome ?? null },
      after: { outcome },
      at: now,
    });
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: 'case.outcome_set',
      entityType: 'case',
      entityId: caseId,
      data: { caseId, caseNumber: row.number, outcome },
      occurredAt: now,
    });
    return updated;
  });
}

async function findFixRelease(
  trx: TTransaction,
  actor: TActor,
  row: TCaseRow,
  input: { releaseId?: string | undefined; fixVersion?: string | undefined },
  now: Date,
): Promise<TReleaseRow> {
  if (input.releaseId) {
    const release = await findRelease(trx, actor.tenantId, input.releaseId);
    if (!release) {
      throw new AppError('release.not_found', 'No such release', [
        { field: 'releaseId', message: 'no such release' },
      ]);
    }
    return release;
  }
  const version = input.fixVersion?.trim() ?? '';
  if (version === '') {
    throw new AppError('case.fix_release_required', 'A product defect names the release that fixes it', [
      { field: 'releaseId', message: 'give releaseId or fixVersion' },
    ]);
  }
  const existing =
    (await findReleaseByVersion(trx, actor.tenantId, row.product_id, version)) ??
    (row.product_id ? await findReleaseByVersion(trx, actor.tenantId, null, version) : undefined);
  if (existing) return existing;
  return insertRelease(trx, {
    tenant_id: actor.tenantId,
    id: newId(now.getTime()),
    product_id: row.product_id,
    version,
    notes: '',
    status: 'planned',
    created_by: describeActor(actor),
    created_at: now,
    published_by: null,
    published_at: null,
  });
}

/** A user's display name (the default reviewer of a risk review), else the audit label. */
async function nameOf(trx: TTransaction, actor: TActor): Promise<string> {
  if (actor.kind !== 'user') return describeActor(actor);
  const user = await trx
    .selectFrom('users')
    .select(['name', 'email'])
    .where('tenant_id', '=', actor.tenantId)
    .where('id', '=', actor.userId)
    .executeTakeFirst();
  return user ? `${user.name} <${user.email}>` : describeActor(actor);
}
