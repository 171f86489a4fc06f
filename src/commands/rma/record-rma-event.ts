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
import { findCaseForRma, findRma, updateRma } from '../../repositories/rma-repository.js';
import { findCasePack } from '../packs/find-pack-version.js';

export type TRmaTrackedEvent =
  | 'unit_received'
  | 'replacement_shipped'
  | 'replacement_delivered'
  | 'unit_returned';
export type TRecordRmaEventInput = {
  kind: TRmaTrackedEvent;
  at: Date;
  /** replacement_shipped of a unit: the serial of the replacement (recorded as a new appliance). */
  replacementSerial?: string | undefined;
  replacementModel?: string | undefined;
};

const column = {
  unit_received: 'unit_received_at',
  replacement_shipped: 'replacement_shipped_at',
  replacement_delivered: 'replacement_delivered_at',
  unit_returned: 'unit_returned_at',
} as const;

/**
 * Records a shipment/receipt of an RMA and recomputes its deadlines and flags with `resolveRma`. A shipped
 * replacement unit becomes an appliance of the account that keeps the original warranty end (H2), or — for
 * a priced replacement or a priced later model — gets a new K1 warranty from its ship date (IMP-30/29).
 */
export async function recordRmaEvent(
  deps: { db: TDb },
  actor: TActor,
  rmaId: string,
  input: TRecordRmaEventInput,
  now: Date,
): Promise<TRmaRow> {
  return withTransaction(deps.db, async (trx) => {
    const rma = await findRma(trx, actor.tenantId, rmaId, null, { forUpdate: true });
    if (!rma) throw new AppError('rma.not_found', 'No such RMA');
    if (!rmaPolicy.can(actor, 'record_event', rma)) {
      throw new AppError('rma.forbidden', 'Only vendor staff record events of an open RMA');
    }
    if (rma[column[input.kind]] !== null) {
      throw new AppError('rma.conflict', `${input.kind} is already recorded`);
    }
    const caseRow = await findCaseForRma(trx, actor.tenantId, rma.case_id, null);
    if (!caseRow) throw new AppError('case.not_found', 'No such case');
    const updated = { ...rma, [column[input.kind]]: input.at };
    const loaded = await loadRmaFacts(trx, actor.tenantId, caseRow, rma.appliance_id, now, updated);
    if (!loaded) throw new AppError('appliance.not_found', 'The RMA appliance is gone');
    const policy = await findCasePack(trx, actor.tenantId, caseRow);
    const result = resolveRma(policy, buildRmaInput(loaded.facts));
    const changes = rmaRowChanges(result);
    let replacementId = rma.replacement_appliance_id;
    if (input.kind === 'replacement_shipped' && input.replacementSerial && !rma.component) {
      const original = await trx
        .selectFrom('appliances')
        .selectAll()
        .where('tenant_id', '=', actor.tenantId)
        .where('id', '=', rma.appliance_id)
        .executeTakeFirstOrThrow();
      replacementId = newId(now.getTime());
      await trx
        .insertInto('appliances')
        .values({
          tenant_id: actor.tenantId,
          id: replacementId,
          account_id: original.account_id,
          product_id: original.product_id,
          site_id: original.site_id,
          serial: input.replacementSerial,
          model: input.replacementModel ?? original.model,
          ship_date: input.at.toISOString().slice(0, 10),
          warranty_end: result.warrantyEnd,
          kind: 'physical',
          software_version: original.software_version,
          replaces_appliance_id: original.id,
        })
        .execute();
    }
    const closes =
      (input.kind === 'replacement_shipped' && rma.type !== 'advance_replacement') ||
      (input.kind === 'replacement_shipped' && rma.component) ||
      input.kind === 'unit_returned';
    const row = await updateRma(trx, actor.tenantId, rma.id, {
      [column[input.kind]]: input.at,
      ...changes,
      warranty_end: result.warrantyEnd,
      replacement_appliance_id: replacementId,
      status: closes ? 'closed' : 'open',
      next_deadline: closes ? null : changes.next_deadline,
      updated_at: now,
    });
    if (input.kind === 'replacement_shipped' || input.kind === 'unit_returned') {
      const status =
        input.kind === 'unit_returned'
          ? 'returned'
          : rma.type === 'advance_replacement'
            ? 'awaiting_return'
            : 'replaced';
      await trx
        .updateTable('appliances')
        .set({ status, updated_at: now })
        .where('tenant_id', '=', actor.tenantId)
        .where('id', '=', rma.appliance_id)
        .execute();
    }
    await recordEvent(trx, {
      tenantId: actor.tenantId,
      type: `rma.${input.kind}`,
      entityType: 'rma',
      entityId: rma.id,
      data: { rmaId: rma.id, at: input.at.toISOString() },
      occurredAt: now,
    });
    await recordAudit(trx, {
      actor,
      action: `rma.${input.kind}`,
      entityType: 'rma',
      entityId: rma.id,
      after: { at: input.at.toISOString(), flags: row.flags },
      at: now,
    });
    return row;
  });
}
