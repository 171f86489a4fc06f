import { z } from 'zod';
import type { TCaseRow } from '../db/schema-records.js';
import { missingDetailsOfCase, requiredDetailsOfCase } from '../domain/workflow/case-required-details.js';

const ZChecklistItem = z.object({ item: z.string(), provided: z.boolean() });

export const ZCaseOutcome = z
  .union([
    z.object({
      kind: z.literal('product_defect'),
      releaseId: z.uuid(),
      fixVersion: z.string(),
      recordedAt: z.iso.datetime(),
      recordedBy: z.string(),
    }),
    z.object({
      kind: z.literal('configuration_change'),
      riskReview: z
        .object({ summary: z.string(), reviewedBy: z.string(), reviewedAt: z.iso.datetime() })
        .nullable(),
      done: z.boolean(),
      recordedAt: z.iso.datetime(),
      recordedBy: z.string(),
    }),
  ])
  .meta({ id: 'CaseOutcome' });

/** Workflow facts of a case: incident-detail tracking, escalation, Tier 3 checklist, outcome. */
export const ZCaseWorkflowFields = z.object({
  requiredDetails: z.array(z.string()).describe('Incident details the pack requires (IVA-23)'),
  missingDetails: z.array(z.string()).describe('Required details the case still lacks'),
  escalatedAt: z.iso.datetime().nullable(),
  tier3: z
    .object({ category: z.string(), checklist: z.array(ZChecklistItem) })
    .nullable()
    .describe('Tier 3 category and its requirement checklist (IMP-58)'),
  outcome: ZCaseOutcome.nullable(),
  releaseNotifiedAt: z.iso.datetime().nullable(),
});

export function presentCaseWorkflow(row: TCaseRow): z.infer<typeof ZCaseWorkflowFields> {
  return {
    requiredDetails: requiredDetailsOfCase(row),
    missingDetails: missingDetailsOfCase(row),
    escalatedAt: row.escalated_at ? row.escalated_at.toISOString() : null,
    tier3:
      row.tier3_category !== null
        ? {
            category: row.tier3_category,
            checklist: (row.tier3_checklist ?? []) as z.infer<typeof ZChecklistItem>[],
          }
        : null,
    outcome: (row.outcome ?? null) as z.infer<typeof ZCaseOutcome> | null,
    releaseNotifiedAt: row.release_notified_at ? row.release_notified_at.toISOString() : null,
  };
}
