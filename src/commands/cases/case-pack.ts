import type { TDb } from '../../db/schema.js';
import type { TCasePauseRow } from '../../db/schema-jobs.js';
import type { TCaseMilestoneRow, TCaseRow } from '../../db/schema-records.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import type { TPause } from '../../domain/sla/clock-time.js';
import type { TTrackedMilestone } from '../../domain/sla/retarget.js';
import type { TSlaInput, TSlaMilestone } from '../../domain/sla/types.js';
import { findCasePack } from '../packs/find-pack-version.js';

/** The policy pack a stored case runs on: its pack at its version (tenant published, else built-in). */
export async function casePack(
  db: TDb,
  row: Pick<TCaseRow, 'tenant_id' | 'pack_id' | 'pack_version'>,
): Promise<TPolicy> {
  return findCasePack(db, row.tenant_id, row);
}

/** The SLA input the case's milestones were computed from (stored at opening). */
export function storedSlaInput(row: Pick<TCaseRow, 'sla_input'>): TSlaInput {
  const value = row.sla_input;
  return (typeof value === 'string' ? JSON.parse(value) : value) as TSlaInput;
}

/** Stored milestone rows as the domain's tracked milestones (met = completed). */
export function trackedMilestones(rows: readonly TCaseMilestoneRow[]): TTrackedMilestone[] {
  return rows.map((row) => ({
    name: row.name as TSlaMilestone['name'],
    kind: row.kind,
    due: row.due_at?.getTime() ?? null,
    target: row.target,
    clock: row.clock,
    explanation: row.explanation as string[],
    ...(row.clause ? { clause: row.clause } : {}),
    ...(row.timing ? { timing: row.timing as NonNullable<TSlaMilestone['timing']> } : {}),
    completedAt: row.met_at?.getTime() ?? null,
  }));
}

export function pausesOf(rows: readonly TCasePauseRow[]): TPause[] {
  return rows.map((row) => ({ from: row.paused_at.getTime(), to: row.resumed_at?.getTime() ?? null }));
}
