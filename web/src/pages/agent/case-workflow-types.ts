import type { TCase } from '../../api/case-types.js';

/** Workflow fields of the case view (src/presenters/present-case-workflow.ts). */
export type TCaseOutcome =
  | { kind: 'product_defect'; releaseId: string; fixVersion: string; recordedAt: string; recordedBy: string }
  | {
      kind: 'configuration_change';
      riskReview: { summary: string; reviewedBy: string; reviewedAt: string } | null;
      done: boolean;
      recordedAt: string;
      recordedBy: string;
    };

export type TCaseWorkflow = TCase & {
  requiredDetails?: string[];
  missingDetails?: string[];
  escalatedAt?: string | null;
  tier3?: { category: string; checklist: { item: string; provided: boolean }[] } | null;
  outcome?: TCaseOutcome | null;
  releaseNotifiedAt?: string | null;
};

export type TRelease = {
  id: string;
  version: string;
  status: 'planned' | 'published';
  notes: string;
  publishedAt: string | null;
  fixedCases: number;
  allowedActions: string[];
};

export const detailLabels: Record<string, string> = {
  example: 'Example',
  context: 'Context',
  systemConfiguration: 'System configuration',
  reproductionSteps: 'Reproduction steps',
};
