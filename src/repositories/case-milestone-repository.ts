import type { TDb } from '../db/schema.js';
import type { TCaseMilestoneRow, TNewCaseMilestone } from '../db/schema-records.js';

export async function insertCaseMilestones(
  trx: TDb,
  rows: TNewCaseMilestone[],
): Promise<TCaseMilestoneRow[]> {
  if (rows.length === 0) return [];
  return trx.insertInto('case_milestones').values(rows).returningAll().execute();
}

/** A case's milestones in SLA order (first response, resolution, escalations). */
export async function listCaseMilestones(
  db: TDb,
  tenantId: string,
  caseId: string,
): Promise<TCaseMilestoneRow[]> {
  return db
    .selectFrom('case_milestones')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
}

/** Marks the case's pending milestones of `name` met at `at` (T7: met if at or before due). */
export async function markMilestonesMet(
  trx: TDb,
  tenantId: string,
  caseId: string,
  name: string,
  at: Date,
): Promise<TCaseMilestoneRow[]> {
  return trx
    .updateTable('case_milestones')
    .set({ met_at: at, updated_at: at })
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .where('name', '=', name)
    .where('met_at', 'is', null)
    .where('kind', 'in', ['deadline', 'next_release'])
    .returningAll()
    .execute();
}
