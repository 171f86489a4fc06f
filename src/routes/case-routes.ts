import { z } from 'zod';
import { casePack } from '../commands/cases/case-pack.js';
import { ZIncidentDetails } from '../commands/cases/incident-details.js';
import { openCase } from '../commands/cases/open-case.js';
import { updateCaseCommand } from '../commands/cases/update-case.js';
import { caseChannels, caseQueues, caseStatuses } from '../db/schema-records.js';
import { AppError } from '../lib/app-error.js';
import type { TActor } from '../policies/actor.js';
import { hasPermission } from '../policies/permissions.js';
import { presentCase, presentStoredSla, ZCaseView } from '../presenters/present-case.js';
import { presentClockNotice } from '../presenters/present-clock-notice.js';
import { listCaseMilestones } from '../repositories/case-milestone-repository.js';
import { findCase, listCases, type TCaseCursor } from '../repositories/case-repository.js';
import { scopeOf } from '../repositories/record-scope.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { decodeCursor, pageQueryShape, toPage, ZPage } from './pagination.js';
import { requireActor } from './route-auth.js';
import { ZSlaJson } from './sla-schema.js';

export const ZCaseCreate = z.strictObject({
  accountId: z.uuid().optional().describe('Customers may omit it (their own account)'),
  contractId: z.uuid().optional().describe("Default: the account's active contract"),
  productId: z.uuid().optional(),
  productVersion: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe('The version the customer runs; an unsupported one is accepted and flagged (H3)'),
  title: z.string().trim().min(1).max(300),
  description: z.string().trim().min(1).max(50_000),
  severity: z.string().min(1).max(20).describe('A severity of the contract’s pack (P0–P3, S1–S4)'),
  channel: z.enum(caseChannels).optional().describe('Vendor users only; customers always use the portal'),
  details: ZIncidentDetails.optional().describe('Incident details the pack requires (Ivanti: IVA-23)'),
});

export const ZCaseUpdate = z.strictObject({
  title: z.string().trim().min(1).max(300).optional(),
  description: z.string().trim().min(1).max(50_000).optional(),
  assigneeId: z.uuid().nullable().optional(),
  status: z.enum(caseStatuses).optional(),
  details: ZIncidentDetails.optional().describe('Supply the incident details the pack requires'),
});

const ZCaseListQuery = z.strictObject({
  ...pageQueryShape,
  status: z
    .enum([...caseStatuses, 'open'])
    .optional()
    .describe('`open` = new, in_progress, waiting_on_customer'),
  severity: z.string().max(20).optional(),
  centre: z.string().max(50).optional(),
  tier: z.coerce.number().int().min(1).max(3).optional(),
  escalated: z
    .enum(['true', 'false'])
    .transform((value) => value === 'true')
    .optional()
    .describe('`true`: only escalated cases (support managers and vendor admins)'),
  plan: z.string().max(100).optional(),
  assignee: z.uuid().optional(),
  account: z.uuid().optional(),
  queue: z.enum(caseQueues).optional().describe('`on_call`: after-hours emergencies taken by phone'),
  sort: z.enum(['next_due', 'opened_at']).default('next_due'),
});

const ZCaseCursor: z.ZodType<TCaseCursor> = z.union([
  z.strictObject({ sort: z.literal('next_due'), due: z.iso.datetime().nullable(), id: z.uuid() }),
  z.strictObject({ sort: z.literal('opened_at'), opened: z.iso.datetime(), id: z.uuid() }),
]);
const ZCaseParams = z.strictObject({ id: z.uuid() });

/** Cases: open (SLA milestones from the pack, stored), the agent queue, detail, edits, the SLA explanation. */
export const registerCaseRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/cases',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Open a case: resolves and stores its SLA milestones',
        body: ZCaseCreate,
        response: { 201: ZCaseView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const opened = await openCase(deps, actor, request.body, deps.clock());
      return reply.status(201).send(presentCase(opened.case, actor, opened.milestones));
    },
  );

  app.get(
    '/api/v1/cases',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['cases'],
        summary: 'List cases (the agent queue: by next due time, or newest opened first)',
        querystring: ZCaseListQuery,
        response: { 200: ZPage(ZCaseView), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { limit, cursor, sort, assignee, account, ...filters } = request.query;
      if (filters.escalated === true) assertSeesEscalations(actor);
      const after = decodeCursor(cursor, ZCaseCursor);
      if (after !== null && after.sort !== sort) {
        throw new AppError('request.invalid_cursor', 'The cursor belongs to another sort order', [
          { field: 'cursor', message: 'not a cursor of this sort order' },
        ]);
      }
      const rows = await listCases(
        deps.db,
        scopeOf(actor),
        { ...filters, assigneeId: assignee, accountId: account },
        sort,
        after,
        limit + 1,
      );
      return toPage(
        rows,
        limit,
        (row): TCaseCursor =>
          sort === 'next_due'
            ? { sort, due: row.next_due_at?.toISOString() ?? null, id: row.id }
            : { sort, opened: row.opened_at.toISOString(), id: row.id },
        (row) => presentCase(row, actor),
      );
    },
  );

  app.get(
    '/api/v1/cases/:id',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['cases'],
        summary: 'One case with its SLA milestones and allowed actions',
        params: ZCaseParams,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await findCase(deps.db, scopeOf(actor), request.params.id);
      if (!row) throw new AppError('case.not_found', 'No such case');
      const milestones = await listCaseMilestones(deps.db, actor.tenantId, row.id);
      const clockNotice = presentClockNotice(row, milestones, await casePack(deps.db, row));
      return { ...presentCase(row, actor, milestones), clockNotice };
    },
  );

  app.patch(
    '/api/v1/cases/:id',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['cases'],
        summary: 'Edit title/description/assignee or move the status along an allowed transition',
        params: ZCaseParams,
        body: ZCaseUpdate,
        response: { 200: ZCaseView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await updateCaseCommand(deps, actor, request.params.id, request.body, deps.clock());
      return presentCase(row, actor, await listCaseMilestones(deps.db, actor.tenantId, row.id));
    },
  );

  app.get(
    '/api/v1/cases/:id/sla',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['cases'],
        summary: 'The SLA explanation of a case (same JSON as `aftercare sla explain --json`)',
        params: ZCaseParams,
        response: { 200: ZSlaJson, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await findCase(deps.db, scopeOf(actor), request.params.id);
      if (!row) throw new AppError('case.not_found', 'No such case');
      return presentStoredSla(await listCaseMilestones(deps.db, actor.tenantId, row.id), actor);
    },
  );
};

/** The escalated-cases view is the support manager's (and vendor admins'). */
function assertSeesEscalations(actor: TActor): void {
  if (hasPermission(actor, 'cases:view_escalated')) return;
  throw new AppError('auth.forbidden', 'The escalated-cases view is for support managers and vendor admins');
}
