import type { TCasePauseRow } from '../../db/schema-jobs.js';
import type { TCaseMilestoneRow, TCaseRow } from '../../db/schema-records.js';
import { getBuiltInPack } from '../../domain/packs/registry.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import type { TPause } from '../../domain/sla/clock-time.js';
import type { TTrackedMilestone } from '../../domain/sla/retarget.js';
import type { TSlaInput, TSlaMilestone } from '../../domain/sla/types.js';

/** The policy pack a case runs on (built-in packs; the case keeps its pack id). */
export function casePack(row: Pick<TCaseRow, 'pack_id'>): TPolicy {
  return getBuiltInPack(row.pack_id);
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
