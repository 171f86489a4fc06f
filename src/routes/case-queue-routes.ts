import { z } from 'zod';
import { bulkUpdateCases } from '../commands/cases/bulk-update-cases.js';
import { caseStatuses } from '../db/schema-records.js';
import { AppError } from '../lib/app-error.js';
import { visibleAccountId } from '../policies/actor.js';
import { presentAssignee, ZAssigneeView } from '../presenters/present-assignee.js';
import { presentCase, ZCaseView } from '../presenters/present-case.js';
import { presentCaseTimeline, ZCaseTimeline } from '../presenters/present-case-timeline.js';
import { listAssignableUsers } from '../repositories/assignee-repository.js';
import { findCase } from '../repositories/case-repository.js';
import { loadCaseTimelineSources } from '../repositories/case-timeline-repository.js';
import { scopeOf } from '../repositories/record-scope.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

export const ZBulkCaseUpdate = z.strictObject({
  caseIds: z.array(z.uuid()).min(1).max(100),
  assigneeId: z.uuid().nullable().optional().describe('A vendor user, or null to unassign'),
  status: z.enum(caseStatuses).optional(),
});
const ZBulkResult = z.object({
  items: z.array(
    z.object({
      caseId: z.uuid(),
      ok: z.boolean(),
      case: ZCaseView.optional(),
      error: z.object({ code: z.string(), message: z.string() }).optional(),
    }),
  ),
});

/** Queue helpers: who cases may be assigned to, bulk assignment/status, and a case's timeline. */
export const registerCaseQueueRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/assignees',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['cases'],
        summary: 'Active vendor users a case may be assigned to (vendor users only)',
        response: { 200: z.object({ items: z.array(ZAssigneeView) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (visibleAccountId(actor) !== null) {
        throw new AppError('auth.forbidden', 'Only vendor users see who cases are assigned to');
      }
      const rows = await listAssignableUsers(deps.db, actor.tenantId);
      return { items: rows.map(presentAssignee) };
    },
  );

  app.post(
    '/api/v1/cases/bulk',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Assign and/or move the status of up to 100 cases; each case succeeds or fails on its own',
        body: ZBulkCaseUpdate,
        response: { 200: ZBulkResult, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const results = await bulkUpdateCases(deps, actor, request.body, deps.clock());
      return {
        items: results.map((result) =>
          result.ok
            ? { caseId: result.caseId, ok: true, case: presentCase(result.row, actor) }
            : { caseId: result.caseId, ok: false, error: { code: result.code, message: result.message } },
        ),
      };
    },
  );

  app.get(
    '/api/v1/cases/:id/timeline',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['cases'],
        summary:
          'One timeline of status, severity, tier, assignment, routing, outcome, comments and SLA events',
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: ZCaseTimeline, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await findCase(deps.db, scopeOf(actor), request.params.id);
      if (!row) throw new AppError('case.not_found', 'No such case');
      const forCustomer = visibleAccountId(actor) !== null;
      const sources = await loadCaseTimelineSources(deps.db, actor.tenantId, row.id, forCustomer);
      return presentCaseTimeline(row, sources, forCustomer);
    },
  );
};
