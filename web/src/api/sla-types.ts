/** GET /api/v1/cases/:id/sla — the same shape as `aftercare sla explain --json`. */
export type TMilestoneKind = 'deadline' | 'next_release' | 'no_commitment' | 'not_eligible';

export type TSlaMilestone = {
  name: string;
  due: string | null;
  kind: TMilestoneKind;
  target: string;
  clock: string;
  explanation: string[];
};

export type TCaseSla = { milestones: TSlaMilestone[] };
