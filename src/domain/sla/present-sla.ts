import type { TMilestoneKind, TSlaMilestoneName, TSlaResult } from './types.js';

/** The stable JSON shape of `aftercare sla explain --json` and `GET /api/v1/cases/:id/sla` (DESIGN.md 2). */
export type TSlaJson = {
  milestones: {
    name: TSlaMilestoneName;
    due: string | null;
    kind: TMilestoneKind;
    target: string;
    clock: string;
    explanation: string[];
    clause?: string;
  }[];
};

export function presentSlaResult(result: TSlaResult): TSlaJson {
  return {
    milestones: result.milestones.map((milestone) => ({
      name: milestone.name,
      due: milestone.due === null ? null : new Date(milestone.due).toISOString(),
      kind: milestone.kind,
      target: milestone.target,
      clock: milestone.clock,
      explanation: [...milestone.explanation],
      ...(milestone.clause ? { clause: milestone.clause } : {}),
    })),
  };
}
