import { z } from 'zod';
import { decideRmaCharge } from '../commands/rma/decide-rma-charge.js';
import { openRma } from '../commands/rma/open-rma.js';
import { recordHardwareFinding } from '../commands/rma/record-hardware-finding.js';
import { recordRmaEvent } from '../commands/rma/record-rma-event.js';
import { showRma } from '../commands/rma/show-rma.js';
import { resolvePack } from '../domain/packs/registry.js';
import { explainRmaRequest, ZRmaExplainRequest, ZRmaExplainResult } from '../domain/rma/explain-rma-json.js';
import { visibleAccountId } from '../policies/actor.js';
import { presentRma, ZRmaView } from '../presenters/present-rma.js';
import { listRmas } from '../repositories/rma-repository.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZPrice = z.strictObject({
  amountMinor: z.number().int().nonnegative(),
  currency: z.string().length(3),
});
const ZId = z.strictObject({ id: z.uuid() });
const ZFinding = z.strictObject({
  applianceId: z.uuid(),
  troubleshooting: z.string().trim().min(1).max(20_000),
  conclusion: z.enum(['hardware_defect', 'excluded_cause', 'no_defect']),
  excludedCause: z.string().trim().max(500).nullable().optional(),
  onsiteRequested: z.boolean().optional(),
  destination: z.string().trim().min(2).max(3).nullable().optional(),
});
const ZFindingView = z.object({
  caseId: z.uuid(),
  applianceId: z.uuid(),
  conclusion: z.enum(['hardware_defect', 'excluded_cause', 'no_defect']),
  concludedAt: z.iso.datetime(),
});

/** /api/v1/rmas: hardware findings on cases, RMAs (vendor queue ordered by next deadline), explain. */
export const registerRmaRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/cases/:id/hardware-finding',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['rma'],
        summary: 'Record troubleshooting and the hardware-defect conclusion of a case (vendor, IMP-22)',
        params: ZId,
        body: ZFinding,
        response: { 200: ZFindingView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await recordHardwareFinding(
        deps,
        actor,
        { caseId: request.params.id, ...request.body },
        deps.clock(),
      );
      return {
        caseId: row.case_id,
        applianceId: row.appliance_id,
        conclusion: row.conclusion,
        concludedAt: row.concluded_at.toISOString(),
      };
    },
  );

  app.post(
    '/api/v1/rmas',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['rma'],
        summary: 'Open an RMA from a case (refusals: docs/rma.md codes)',
        body: z.strictObject({
          caseId: z.uuid(),
          applianceId: z.uuid(),
          component: z.boolean().optional(),
          destination: z.string().trim().min(2).max(3).nullable().optional(),
          price: ZPrice.optional(),
        }),
        response: { 201: ZRmaView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = deps.clock();
      const row = await openRma(deps, actor, request.body, now);
      const { result } = await showRma(deps, actor, row.id, now);
      return reply.status(201).send(presentRma(row, actor, result));
    },
  );

  app.get(
    '/api/v1/rmas',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['rma'],
        summary: "RMAs: the vendor's queue (open first, by next deadline) or a customer's own",
        querystring: z.strictObject({
          accountId: z.uuid().optional(),
          applianceId: z.uuid().optional(),
          status: z.enum(['open', 'closed']).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(100),
        }),
        response: { 200: z.object({ items: z.array(ZRmaView) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { limit, ...filters } = request.query;
      const visible = visibleAccountId(actor);
      const rows = await listRmas(
        deps.db,
        actor.tenantId,
        { ...filters, accountId: visible ?? filters.accountId },
        limit,
      );
      return { items: rows.map((row) => presentRma(row, actor)) };
    },
  );

  app.get(
    '/api/v1/rmas/:id',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['rma'],
        summary: 'One RMA with its deadlines and why each date',
        params: ZId,
        response: { 200: ZRmaView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { row, result } = await showRma(deps, actor, request.params.id, deps.clock());
      return presentRma(row, actor, result);
    },
  );

  app.post(
    '/api/v1/rmas/:id/events',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['rma'],
        summary: 'Record a receipt, shipment, delivery or return (recomputes deadlines)',
        params: ZId,
        body: z.strictObject({
          kind: z.enum(['unit_received', 'replacement_shipped', 'replacement_delivered', 'unit_returned']),
          at: z.iso.datetime({ offset: true }),
          replacementSerial: z.string().trim().min(1).max(100).optional(),
          replacementModel: z.string().trim().min(1).max(100).optional(),
        }),
        response: { 200: ZRmaView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = deps.clock();
      const { at, ...rest } = request.body;
      await recordRmaEvent(deps, actor, request.params.id, { ...rest, at: new Date(at) }, now);
      const { row, result } = await showRma(deps, actor, request.params.id, now);
      return presentRma(row, actor, result);
    },
  );

  app.post(
    '/api/v1/rmas/:id/charge',
    {
      config: { auth: 'cases:write' },
      schema: {
        tags: ['rma'],
        summary: 'Approve or decline a charge proposal (vendor admins, support managers; IMP-34)',
        params: ZId,
        body: z.strictObject({ decision: z.enum(['approved', 'declined']), price: ZPrice.optional() }),
        response: { 200: ZRmaView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const row = await decideRmaCharge(deps, actor, request.params.id, request.body, deps.clock());
      return presentRma(row, actor);
    },
  );

  app.post(
    '/api/v1/rma/explain',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['rma'],
        summary: 'The `aftercare rma explain` request and result over HTTP (same domain function)',
        body: ZRmaExplainRequest,
        response: { 200: ZRmaExplainResult, ...errorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      return explainRmaRequest(request.body, resolvePack);
    },
  );
};
