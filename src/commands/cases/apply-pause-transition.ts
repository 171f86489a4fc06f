import type { TDb } from '../../db/schema.js';
import type { TCaseRow, TCaseStatus } from '../../db/schema-records.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { planTransition } from '../../domain/workflow/case-lifecycle.js';
import { resumeMilestone } from '../../domain/workflow/pause-accounting.js';
import { pausesOnWaiting } from '../../domain/workflow/pause-policy.js';
import { listCaseMilestones } from '../../repositories/case-milestone-repository.js';
import { refreshNextDue } from '../../repositories/case-repository.js';
import {
  endCasePause,
  startCasePause,
  updateMilestone,
} from '../../repositories/case-workflow-repository.js';
import { milestoneClock } from '../workflow/centre-calendar.js';

/**
 * Starts or ends the case's pause on a status change when the pack pauses on waiting on the
 * customer: entering `waiting_on_customer` opens a pause; leaving it closes the pause and moves
 * every running deadline out by the paused time, counted on the milestone's own clock (business
 * time of the case's centre calendar, or elapsed time), accumulated in `paused_ms`.
 * Returns whether anything changed.
 */
export async function applyPauseTransition(
  trx: TDb,
  policy: TPolicy,
  row: TCaseRow,
  to: TCaseStatus,
  now: Date,
): Promise<boolean> {
  const effects = planTransition(row.status, to, { pauseOnWaiting: pausesOnWaiting(policy) });
  if (effects.pause) {
    await startCasePause(trx, row.tenant_id, row.id, 'waiting_on_customer', now);
    return true;
  }
  if (!effects.resume) return false;
  return resumePausedCase(trx, policy, row, now);
}

/** Closes the open pause (if any) at `now` and accounts it on every running deadline. */
export async function resumePausedCase(
  trx: TDb,
  policy: TPolicy,
  row: TCaseRow,
  now: Date,
): Promise<boolean> {
  const pause = await endCasePause(trx, row.tenant_id, row.id, now);
  if (!pause) return false;
  for (const milestone of await listCaseMilestones(trx, row.tenant_id, row.id)) {
    if (milestone.met_at !== null || milestone.kind !== 'deadline' || milestone.due_at === null) continue;
    const clock = milestoneClock(policy, row.centre, milestone.timing);
    if (!clock) continue;
    const next = resumeMilestone(
      clock.clock,
      { due: milestone.due_at.getTime(), pausedMs: milestone.paused_ms },
      pause.paused_at.getTime(),
      now.getTime(),
    );
    await updateMilestone(trx, row.tenant_id, milestone.id, {
      due_at: new Date(next.due),
      paused_ms: next.pausedMs,
      updated_at: now,
    });
  }
  await refreshNextDue(trx, row.tenant_id, row.id);
  return true;
}
