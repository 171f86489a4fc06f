import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import type { TRmaRow } from '../../db/schema-rma.js';
import { withTransaction } from '../../db/with-transaction.js';
import { resolveRma } from '../../domain/rma/resolve-rma.js';
import { buildRmaInput } from '../../domain/rma/rma-input-from-rows.js';
import { rmaRowChanges } from '../../domain/rma/rma-row-changes.js';
import { AppError } from '../../lib/app-error.js';
import { recordEvent } from '../../outbox/record-event.js';
import type { TActor } from '../../policies/actor.js';
import { rmaPolicy } from '../../policies/rma-policy.js';
import { recordAudit } from '../../repositories/audit-repository.js';
import { loadRmaFacts } from '../../repositories/rma-facts-repository.js';
import { findCaseForRma, findRmaByCaseAppliance, insertRma } from '../../repositories/rma-repository.js';
import { loadEntitlement } from '../contracts/load-entitlement.js';
import { findCasePack } from '../packs/find-pack-version.js';

export type TOpenRmaInput = {
  caseId: string;
  applianceId: string;
  /** Ship a field-replaceable component instead of a unit (IMP-23/35, vendor's discretion). */
  component?: boolean | undefined;
  destination?: string | null | undefined;
  /** The then-current price of the unit, for a quote or a later charge proposal (minor units). */
  price?: { amountMinor: number; currency: string } | undefined;
};

/**
 * Opens an RMA from a case for one appliance: the same `resolveRma` as `aftercare rma explain` decides
 * the type or the refusal (IMP-15/16/19/20/21/22), on the case's pack version, plan and owning centre;
 * no active maintenance → `rma.no_entitlement`. Deadlines are stored for the queue and the jobs.
 */
export async function openRma(
  deps: { db: TDb },
  actor: TActor,
  input: TOpenRmaInput,
  now: Date,
): Promise<TRmaRow> {
  if (!rmaPolicy.can(actor, 'open', null)) {
    throw new AppError('auth.forbidden', 'Only vendor staff open an RMA');
  }
  return withTransaction(deps.db, async (trx) => {
    const caseRow = await findCaseForRma(trx, actor.tenantId, input.caseId, null);
    if (!caseRow) throw new AppError('case.not_found', 'No such case');
    const existing = await findRmaByCaseAppliance(trx, actor.tenantId, caseRow.id, input.applianceId);
    if (existing) throw new AppError('rma.already_exists', 'This case already has an RMA for this appliance');
    const loaded = await loadRmaFacts(trx, actor.tenantId, caseRow, input.applianceId, now);
    if (!loaded) {
      throw new AppError('appliance.not_found', "No such appliance on the case's account", [
        { field: 'applianceId', message: "not an appliance of the case's account" },
      ]);
    }
    const entitlement = await loadEntitlement(
      trx,
      actor.tenantId,
      { accountId: caseRow.account_id, packId: caseRow.pack_id, contractId: caseRow.contract_id },
      now,
    );
    if (!entitlement.entitled) {
      throw new AppError(
        'rma.no_entitlement',
        `${entitlement.reason} (${entitlement.clause ?? entitlement.code ?? entitlement.status})`,
        [{ field: 'entitlement', message: entitlement.code ?? entitlement.status }],
      );
    }
    const policy = await findCasePack(trx, actor.tenantId, caseRow);
    const facts = {
      ...loaded.facts,
      component: input.component ?? false,
      price: input.price,
      finding: loaded.facts.finding
        ? { ...loaded.facts.finding, destination: input.destination ?? loaded.facts.finding.destination }
        : null,
    };
    const result = resolveRma(policy, buildRmaInput(facts));
    if (result.refused || result.type === null) {
      const refused = result.refused ?? {
        code: 'rma.not_available',
        message: 'No RMA applies',
        clause: 'IMP-18',
      };
      throw new AppError(refused.code, `${refused.message} (${refused.clause})`, [
        { field: 'clause', message: refused.clause },
      ]);
    }
    const quote =
      result.type === 'priced_replacement' ||
      (result.type === 'model_upgrade' && result.flags.includes('rma.quote_required'));
    const row = await insertRma(trx, {
      tenant_id: actor.tenantId,
      id: newId(now.getTime()),
      account_id: caseRow.account_id,
      appliance_id: input.applianceId,
      case_id: caseRow.id,
      type: result.type,
      status: 'open',
      pack_id: caseRow.pack_id,
      plan: caseRow.plan,
      centre: caseRow.centre,
      shipping: result.shipping ?? 'standard',
      destination: facts.finding?.destination ?? null,
      component: input.component ?? false,
      defect_concluded_at: facts.finding?.concludedAt ?? now,
      warranty_end: result.warrantyEnd,
      charge_amount_minor: input.price?.amountMinor ?? null,
      charge_currency: input.price?.currency ?? null,
      charge_status: quote && input.price ? 'proposed' : null,
      created_at: now,
      updated_at: now,
      ...rmaRowChanges(result),
    });
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: 'rma.opened',
      entityType: 'rma',
      entityId: row.id,
      data: { rmaId: row.id, caseId: row.case_id, applianceId: row.appliance_id, type: row.type },
      occurredAt: now,
    });
    await recordAudit(trx, {
      actor,
      action: 'rma.opened',
      entityType: 'rma',
      entityId: row.id,
      after: { type: row.type, caseId: row.case_id, applianceId: row.appliance_id },
      at: now,
    });
    return row;
  });
}
