import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TReleaseRow } from '../../db/schema-releases.js';
import { withTransaction } from '../../db/with-transaction.js';
import { AppError } from '../../lib/app-error.js';
import { describeActor, type TActor } from '../../policies/actor.js';
import { releasePolicy } from '../../policies/release-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { findReleaseByVersion, insertRelease } from '../../repositories/release-repository.js';

export type TCreateReleaseInput = {
  version: string;
  productId?: string | undefined;
  notes?: string | undefined;
  /** Planned GA date ('YYYY-MM-DD'); none = not scheduled yet (C6: no due date). */
  gaDate?: string | undefined;
  /** When shipping stops; none = the successor's GA date (H3). */
  endOfShipping?: string | undefined;
};

/** Records a planned release with its planned GA date (vendor admins, support managers); one per product and version. */
export async function createRelease(
  deps: { db: TDb },
  actor: TActor,
  input: TCreateReleaseInput,
  now: Date,
): Promise<TReleaseRow> {
  if (!releasePolicy.can(actor, 'create', null)) {
    throw new AppError('auth.forbidden', 'Only vendor admins and support managers create releases');
  }
  return withTransaction(deps.db, async (trx) => {
    const productId = input.productId ?? null;
    if (productId !== null && !(await findRecord(trx, 'products', scopeOf(actor), productId))) {
      throw new AppError('product.not_found', 'No such product', [
        { field: 'productId', message: 'no such product' },
      ]);
    }
    if (await findReleaseByVersion(trx, actor.tenantId, productId, input.version)) {
      throw new AppError('release.already_exists', `Release ${input.version} already exists`, [
        { field: 'version', message: 'already exists' },
      ]);
    }
    const row = await insertRelease(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      product_id: productId,
      version: input.version,
      notes: input.notes ?? '',
      status: 'planned',
      ga_date: input.gaDate ?? null,
      end_of_shipping: input.endOfShipping ?? null,
      created_by: describeActor(actor),
      created_at: now,
      published_by: null,
      published_at: null,
    });
    await recordAudit(trx, {
      actor,
      action: 'release.created',
      entityType: 'release',
      entityId: row.id,
      after: { version: row.version, productId, gaDate: row.ga_date },
      at: now,
    });
    return row;
  });
}
