import type { Insertable, Updateable } from 'kysely';
import { newId } from '../db/new-id.js';
import type { TDb } from '../db/schema.js';
import type { TCasePauseRow, TCaseRetargetsTable } from '../db/schema-jobs.js';
import type { TCaseMilestonesTable, TCaseRow, TCasesTable } from '../db/schema-records.js';

/** Case workflow writes (severity, tier, outcome, pauses, re-targets). Every query is tenant-scoped. */
export async function setCaseFields(
  trx: TDb,
  tenantId: string,
  caseId: string,
  changes: Updateable<TCasesTable> & { updated_at: Date },
): Promise<TCaseRow> {
  return trx
    .updateTable('cases')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', caseId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The case row locked for the rest of the transaction (concurrent actions serialise on it). */
export async function lockCase(trx: TDb, tenantId: string, caseId: string): Promise<void> {
  await trx
    .selectFrom('cases')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', caseId)
    .forUpdate()
    .execute();
}

export async function listCasePauses(trx: TDb, tenantId: string, caseId: string): Promise<TCasePauseRow[]> {
  return trx
    .selectFrom('case_pauses')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .orderBy('paused_at')
    .execute();
}

export async function startCasePause(
  trx: TDb,
  tenantId: string,
  caseId: string,
  reason: string,
  at: Date,
): Promise<void> {
  await trx
    .insertInto('case_pauses')
    .values({ tenant_id: tenantId, id: newId(at.getTime()), case_id: caseId, paused_at: at, reason })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

/** Ends the open pause, returning it (undefined when the case was not paused). */
export async function endCasePause(
  trx: TDb,
  tenantId: string,
  caseId: string,
  at: Date,
): Promise<TCasePauseRow | undefined> {
  return trx
    .updateTable('case_pauses')
    .set({ resumed_at: at })
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .where('resumed_at', 'is', null)
    .returningAll()
    .executeTakeFirst();
}

export async function updateMilestone(
  trx: TDb,
  tenantId: string,
  milestoneId: string,
  changes: Omit<Updateable<TCaseMilestonesTable>, 'created_at'> & { updated_at: Date },
): Promise<void> {
  await trx
    .updateTable('case_milestones')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', milestoneId)
    .execute();
}

export async function deleteMilestone(trx: TDb, tenantId: string, milestoneId: string): Promise<void> {
  await trx
    .deleteFrom('case_milestones')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', milestoneId)
    .execute();
}

export async function insertRetargets(
  trx: TDb,
  rows: Omit<Insertable<TCaseRetargetsTable>, 'id'>[],
): Promise<void> {
  if (rows.length === 0) return;
  await trx
    .insertInto('case_retargets')
    .values(rows.map((row) => ({ ...row, id: newId(new Date(row.at).getTime()) })))
    .execute();
}
