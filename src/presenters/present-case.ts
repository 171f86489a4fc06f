import { z } from 'zod';
import {
  caseChannels,
  caseQueues,
  caseStatuses,
  milestoneKinds,
  type TCaseAttachmentRow,
  type TCaseCommentRow,
  type TCaseMilestoneRow,
  type TCaseRow,
  visibilities,
} from '../db/schema-records.js';
import { renderMarkdown } from '../domain/center/render-markdown.js';
import type { TSlaJson } from '../domain/sla/present-sla.js';
import type { TActor } from '../policies/actor.js';
import { casePolicy, type TCaseAction } from '../policies/case-policy.js';
import { isCustomerActor, presentExplanation } from './customer-wording.js';
import { presentCaseVersion, ZCaseVersionFields } from './present-case-version.js';
import { presentCaseWorkflow, ZCaseWorkflowFields } from './present-case-workflow.js';

const iso = (value: Date | null) => (value === null ? null : value.toISOString());

export const ZMilestoneView = z
  .object({
    name: z.string(),
    kind: z.enum(milestoneKinds),
    due: z.iso.datetime().nullable(),
    target: z.string(),
    clock: z.string(),
    clause: z.string().nullable(),
    explanation: z.array(z.string()),
    metAt: z.iso.datetime().nullable(),
    breachedAt: z.iso.datetime().nullable(),
    warnedAt: z.iso.datetime().nullable(),
    pausedMs: z.number(),
  })
  .meta({ id: 'CaseMilestone' });

/** A milestone for `actor`: customers get the explanation in plain words and no clause id. */
export const presentMilestone = (row: TCaseMilestoneRow, actor: TActor): z.infer<typeof ZMilestoneView> => ({
  name: row.name,
  kind: row.kind,
  due: iso(row.due_at),
  target: row.target,
  clock: row.clock,
  clause: isCustomerActor(actor) ? null : row.clause,
  explanation: presentExplanation(row.explanation as string[], actor),
  metAt: iso(row.met_at),
  breachedAt: iso(row.breached_at),
  warnedAt: iso(row.warned_at),
  pausedMs: row.paused_ms,
});

export const ZCaseView = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    accountId: z.uuid(),
    contractId: z.uuid(),
    productId: z.uuid().nullable(),
    title: z.string(),
    description: z.string(),
    details: z.record(z.string(), z.string()),
    packId: z.string(),
    packVersion: z.string(),
    plan: z.string(),
    severity: z.string(),
    channel: z.enum(caseChannels),
    centre: z.string(),
    status: z.enum(caseStatuses),
    tier: z.number().int(),
    assigneeId: z.uuid().nullable(),
    queue: z.enum(caseQueues),
    openedAt: z.iso.datetime(),
    receivedAt: z.iso.datetime(),
    nextDueAt: z.iso.datetime().nullable(),
    needsPhoneCall: z
      .boolean()
      .describe(
        'An open case with a not-eligible milestone (e.g. an S1 reported through the portal): it sorts first and needs a phone call; nextDueAt is then its opening',
      ),
    resolvedAt: z.iso.datetime().nullable(),
    closedAt: z.iso.datetime().nullable(),
    updatedAt: z.iso.datetime(),
    milestones: z.array(ZMilestoneView).optional(),
    clockNotice: z
      .string()
      .nullable()
      .optional()
      .describe(
        'GET /cases/:id: when the business-hours clock starts if the case arrived after hours, and whom to phone for an emergency',
      ),
    ...ZCaseVersionFields.shape,
    ...ZCaseWorkflowFields.shape,
    allowedActions: z.array(z.enum(casePolicy.actions as [TCaseAction, ...TCaseAction[]])),
  })
  .meta({ id: 'Case' });
export type TCaseView = z.infer<typeof ZCaseView>;

/** A case for `actor`; with `milestones` on the detail view, without in lists. */
export function presentCase(
  row: TCaseRow,
  actor: TActor,
  milestones?: readonly TCaseMilestoneRow[],
): TCaseView {
  return {
    id: row.id,
    number: row.number,
    accountId: row.account_id,
    contractId: row.contract_id,
    productId: row.product_id,
    title: row.title,
    description: row.description,
    details: row.details as Record<string, string>,
    packId: row.pack_id,
    packVersion: row.pack_version,
    plan: row.plan,
    severity: row.severity,
    channel: row.channel,
    centre: row.centre,
    status: row.status,
    tier: row.tier,
    assigneeId: row.assignee_id,
    queue: row.queue,
    openedAt: row.opened_at.toISOString(),
    receivedAt: row.received_at.toISOString(),
    nextDueAt: iso(row.next_due_at),
    needsPhoneCall: row.needs_phone_call,
    resolvedAt: iso(row.resolved_at),
    closedAt: iso(row.closed_at),
    updatedAt: row.updated_at.toISOString(),
    ...(milestones ? { milestones: milestones.map((milestone) => presentMilestone(milestone, actor)) } : {}),
    ...presentCaseVersion(row),
    ...presentCaseWorkflow(row),
    allowedActions: casePolicy.allowedActions(actor, row),
  };
}

/**
 * The stored milestones in the stable `sla explain --json` shape (DESIGN.md 2); for a customer in
 * plain words, without clause ids.
 */
export function presentStoredSla(milestones: readonly TCaseMilestoneRow[], actor: TActor): TSlaJson {
  const customer = isCustomerActor(actor);
  return {
    milestones: milestones.map((row) => ({
      name: row.name as TSlaJson['milestones'][number]['name'],
      due: iso(row.due_at),
      kind: row.kind,
      target: row.target,
      clock: row.clock,
      explanation: presentExplanation(row.explanation as string[], actor),
      ...(row.clause && !customer ? { clause: row.clause } : {}),
    })),
  };
}

export const ZCommentView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    authorId: z.uuid().nullable(),
    author: z.string(),
    visibility: z.enum(visibilities),
    body: z.string(),
    html: z
      .string()
      .describe('The body as markdown rendered safely (raw HTML escaped, unsafe links dropped)'),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseComment' });
export const presentComment = (row: TCaseCommentRow): z.infer<typeof ZCommentView> => ({
  id: row.id,
  caseId: row.case_id,
  authorId: row.author_id,
  author: row.author,
  html: renderMarkdown(row.body),
  visibility: row.visibility,
  body: row.body,
  createdAt: row.created_at.toISOString(),
});

export const ZAttachmentView = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    filename: z.string(),
    sizeBytes: z.number().int(),
    contentType: z.string(),
    sha256: z.string(),
    visibility: z.enum(visibilities),
    uploadedBy: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'CaseAttachment' });
export const presentAttachment = (row: TCaseAttachmentRow): z.infer<typeof ZAttachmentView> => ({
  id: row.id,
  caseId: row.case_id,
  filename: row.filename,
  sizeBytes: row.size_bytes,
  contentType: row.content_type,
  sha256: row.sha256,
  visibility: row.visibility,
  uploadedBy: row.uploaded_by,
  createdAt: row.created_at.toISOString(),
});
