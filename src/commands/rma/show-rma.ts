import type { TDb } from '../../db/schema.js';
import type { TRmaRow } from '../../db/schema-rma.js';
import { resolveRma } from '../../domain/rma/resolve-rma.js';
import { buildRmaInput } from '../../domain/rma/rma-input-from-rows.js';
import type { TRmaResult } from '../../domain/rma/types.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import { rmaPolicy } from '../../policies/rma-policy.js';
import { loadRmaFacts } from '../../repositories/rma-facts-repository.js';
import { findCaseForRma, findRma } from '../../repositories/rma-repository.js';
import { findCasePack } from '../packs/find-pack-version.js';

/** One RMA with its resolved deadlines and "why this date" explanations as of `now` (read only). */
export async function showRma(
  deps: { db: TDb },
  actor: TActor,
  rmaId: string,
  now: Date,
): Promise<{ row: TRmaRow; result: TRmaResult }> {
  const row = await findRma(deps.db, actor.tenantId, rmaId, visibleAccountId(actor));
  if (!row || !rmaPolicy.can(actor, 'view', row)) throw new AppError('rma.not_found', 'No such RMA');
  const caseRow = await findCaseForRma(deps.db, actor.tenantId, row.case_id, null);
  if (!caseRow) throw new AppError('rma.not_found', 'No such RMA');
  const loaded = await loadRmaFacts(deps.db, actor.tenantId, caseRow, row.appliance_id, now, row);
  if (!loaded) throw new AppError('rma.not_found', 'No such RMA');
  const policy = await findCasePack(deps.db, actor.tenantId, caseRow);
  return { row, result: resolveRma(policy, buildRmaInput(loaded.facts)) };
}
