import type { TPolicy } from '../packs/schema.js';
import type { TRetargetRule } from '../packs/schema-sla.js';
import { findDue, measureActive, measureClock, type TClock, type TPause } from './clock-time.js';
import { resolveSla } from './resolve-sla.js';
import { buildSlaContext } from './sla-context.js';
import type { TSlaInput, TSlaMilestone, TSlaMilestoneName } from './types.js';

export type TRetargetChange =
  | { kind: 'severity'; severity: string }
  | { kind: 'plan'; plan: string }
  | { kind: 'centre'; centre: string }
  /** A calendar or holiday edit landed: `policy` is the pack with the edited centre calendars. */
  | { kind: 'calendar'; policy: TPolicy };

export type TTrackedMilestone = TSlaMilestone & { completedAt?: number | null };

export type TRetargetInput = {
  policy: TPolicy;
  /** The inputs the current milestones were computed from. */
  sla: TSlaInput;
  milestones: readonly TTrackedMilestone[];
  pauses?: readonly TPause[];
  change: TRetargetChange;
  at: number;
  reason: string;
};

export type TRetargetRecord = {
  milestone: TSlaMilestoneName;
  change: TRetargetChange['kind'];
  rule: TRetargetRule | 'completed' | 'added' | 'removed';
  reason: string;
  at: number;
  previousDue: number | null;
  newDue: number | null;
  previousKind: TSlaMilestone['kind'] | null;
  newKind: TSlaMilestone['kind'] | null;
};

export type TRetargetResult = {
  policy: TPolicy;
  sla: TSlaInput;
  milestones: TTrackedMilestone[];
  records: TRetargetRecord[];
};

/**
 * Re-targets a case's milestones after a severity, plan, centre or calendar change, following the
 * pack's per-milestone rule (keep / recompute_from_change / recompute_from_opening). Completed
 * milestones never change; paused and consumed time is carried; every re-target is recorded.
 */
export function retargetMilestones(input: TRetargetInput): TRetargetResult {
  const { change, at, reason } = input;
  const pauses = input.pauses ?? [];
  const policy = change.kind === 'calendar' ? change.policy : input.policy;
  const sla: TSlaInput = applyChange(input.sla, change);
  const fresh = resolveSla(policy, sla).milestones;
  const rules = input.policy.sla.settings.retarget[change.kind];
  const oldClockOf = clockFactory(input.policy, input.sla);
  const newClockOf = clockFactory(policy, sla);

  const names = [...new Set([...input.milestones.map((m) => m.name), ...fresh.map((m) => m.name)])];
  const milestones: TTrackedMilestone[] = [];
  const records: TRetargetRecord[] = [];
  for (const name of names) {
    const current = input.milestones.find((m) => m.name === name);
    const next = fresh.find((m) => m.name === name);
    const record = (rule: TRetargetRecord['rule'], result: TTrackedMilestone | undefined) =>
      records.push({
        milestone: name,
        change: change.kind,
        rule,
        reason,
        at,
        previousDue: current?.due ?? null,
        newDue: result?.due ?? null,
        previousKind: current?.kind ?? null,
        newKind: result?.kind ?? null,
      });
    if (current && current.completedAt != null) {
      milestones.push(current);
      record('completed', current);
      continue;
    }
    if (!current && next) {
      const added = recomputeFromOpening(next, newClockOf, pauses, at);
      milestones.push(added);
      record('added', added);
      continue;
    }
    if (!current) continue;
    const rule = rules[name];
    if (rule === 'keep') {
      milestones.push(current);
      record(rule, current);
      continue;
    }
    if (!next) {
      record('removed', undefined);
      continue;
    }
    const result =
      rule === 'recompute_from_opening'
        ? recomputeFromOpening(next, newClockOf, pauses, at)
        : recomputeFromChange(current, next, oldClockOf, newClockOf, pauses, at);
    milestones.push({
      ...result,
      explanation: [
        ...result.explanation,
        `Re-targeted at ${new Date(at).toISOString()} after a ${change.kind} change (${rule}): ${reason}.`,
      ],
    });
    record(rule, result);
  }
  return { policy, sla, milestones, records };
}

function applyChange(sla: TSlaInput, change: TRetargetChange): TSlaInput {
  switch (change.kind) {
    case 'severity':
      return { ...sla, severity: change.severity };
    case 'plan':
      return { ...sla, plan: change.plan };
    case 'centre':
      return { ...sla, centre: change.centre };
    case 'calendar':
      return sla;
    default: {
      const unreachable: never = change;
      return unreachable;
    }
  }
}

type TClockOf = (milestone: TSlaMilestone) => TClock | null;

function clockFactory(policy: TPolicy, sla: TSlaInput): TClockOf {
  const calendar = buildSlaContext(policy, sla).calendar;
  return (milestone) => (milestone.timing ? { kind: milestone.timing.clock, calendar } : null);
}

/** The fresh milestone from opening, with every pause added back on its clock. */
function recomputeFromOpening(
  next: TSlaMilestone,
  clockOf: TClockOf,
  pauses: readonly TPause[],
  at: number,
): TSlaMilestone {
  const clock = clockOf(next);
  if (!clock || !next.timing || next.due === null || pauses.length === 0) return next;
  const target = measureClock(clock, next.timing.start, next.due);
  return { ...next, due: findDue(clock, next.timing.start, target, pauses, at) };
}

/** Consumed time on the old clock counts toward the new target; the rest runs on the new clock from the change. */
function recomputeFromChange(
  current: TSlaMilestone,
  next: TSlaMilestone,
  oldClockOf: TClockOf,
  newClockOf: TClockOf,
  pauses: readonly TPause[],
  at: number,
): TSlaMilestone {
  const oldClock = oldClockOf(current);
  const newClock = newClockOf(next);
  if (!newClock || !next.timing || next.due === null) return next;
  const target = measureClock(newClock, next.timing.start, next.due);
  if (!oldClock || !current.timing)
    return { ...next, due: findDue(newClock, Math.max(at, next.timing.start), target, pauses, at) };
  const consumed = measureActive(oldClock, current.timing.start, at, pauses, at);
  if (consumed >= target) {
    return { ...next, due: findDue(oldClock, current.timing.start, target, pauses, at) };
  }
  const resume = Math.max(at, next.timing.start);
  return { ...next, due: findDue(newClock, resume, target - consumed, pauses, at) };
}
