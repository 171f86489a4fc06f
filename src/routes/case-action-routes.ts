import { z } from 'zod';
import { changeCaseSeverity } from '../commands/cases/change-case-severity.js';
import { escalateCase } from '../commands/cases/escalate-case.js';
import { requestCaseDetails } from '../commands/cases/request-case-details.js';
import { setCaseOutcome } from '../commands/cases/set-case-outcome.js';
import type { TCaseRow } from '../db/schema-records.js';
import type { TActor } from '../policies/actor.js';
import { presentCase, presentComment, ZCaseView, ZCommentView } from '../presenters/present-case.js';
import { listCaseMilestones } from '../repositories/case-milestone-repository.js';
import { findCase } from '../repositories/case-repository.js';
import { scopeOf } from '../repositories/record-scope.js';
import type { TRouteDeps, TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZCaseParams = z.strictObject({ id: z.uuid() });
const ZReason = z.string().trim().min(1).max(2000);

export const ZSeverityChange = z.strictObject({
  severity: z.string().min(1).max(20).describe('A severity of the case’s pack'),
  reason: ZReason.describe('Why (agreed with the customer, IVA-24)'),
});

export const ZEscalation = z.strictObject({
  tier: z.number().int().min(1).max(3).optional().describe('Default: the next tier up'),
  reason: ZReason,
  category: z
    .string()
    .min(1)
    .max(50)
    .optional()
    .describe('Required when the target tier has categories in the pack (Imprivata Tier 3, IMP-58)'),
  evidence: z
    .array(z.string().min(1).max(50))
    .max(20)
    .optional()
    .describe('Evidence ids of the tier (GET /packs/:id escalationTiers); one the category needs'),
});

export const ZOutcome = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('product_defect'),
    releaseId: z.uuid().optional(),
    fixVersion: z.string().trim().min(1).max(100).optional(),
  }),
  z.strictObject({
    kind: z.literal('configuration_change'),
    riskReview: z
      .strictObject({ summary: z.string().max(10_000), reviewedBy: z.string().max(200).optional() })
      .optional(),
    done: z.boolean().optional().describe('Default true; needs a recorded risk review'),
  }),
]);

const ZDetailsRequest = z.strictObject({ message: z.string().max(5000).optional() });
const ZDetailsRequested = z.object({ comment: ZCommentView, missing: z.array(z.string()), case: ZCaseView });

async function presentDetail(deps: TRouteDeps, row: TCaseRow, actor: TActor) {
  return presentCase(row, actor, await listCaseMilestones(deps.db, actor.tenantId, row.id));
}

/** Case workflow actions: agreed severity change, tier escalation, outcome, incident-detail requests. */
export const registerCaseActionRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/cases/:id/severity',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Change the severity by agreement: milestones re-timed from the opening, audited',
        params: ZCaseParams,
        body: ZSeverityChange,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await changeCaseSeverity(deps, actor, request.params.id, request.body, deps.clock());
      return presentDetail(deps, row, actor);
    },
  );

  app.post(
    '/api/v1/cases/:id/escalate',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Escalate to a higher tier (Tier 3 needs a category and its evidence); the customer is told',
        params: ZCaseParams,
        body: ZEscalation,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await escalateCase(deps, actor, request.params.id, request.body, deps.clock());
      return presentDetail(deps, row, actor);
    },
  );

  app.post(
    '/api/v1/cases/:id/outcome',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Record the outcome: product defect (fix release) or configuration change (risk review)',
        params: ZCaseParams,
        body: ZOutcome,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await setCaseOutcome(deps, actor, request.params.id, request.body, deps.clock());
      return presentDetail(deps, row, actor);
    },
  );

  app.post(
    '/api/v1/cases/:id/request-details',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Ask the customer for the required incident details the case lacks (comment + email)',
        params: ZCaseParams,
        body: ZDetailsRequest,
        response: { 201: ZDetailsRequested, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = deps.clock();
      const result = await requestCaseDetails(deps, actor, request.params.id, request.body ?? {}, now);
      const row = (await findCase(deps.db, scopeOf(actor), request.params.id)) as TCaseRow;
      return reply.status(201).send({
        comment: presentComment(result.comment),
        missing: result.missing,
        case: await presentDetail(deps, row, actor),
      });
    },
  );
};
