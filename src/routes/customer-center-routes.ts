import { z } from 'zod';
import { assignSupportManager } from '../commands/center/assign-support-manager.js';
import { loadCustomerCenter } from '../commands/center/load-customer-center.js';
import { recordServiceReview } from '../commands/center/record-service-review.js';
import { listCaseArticleViews, reportKbDeflection } from '../commands/center/report-kb-deflection.js';
import { scheduleServiceReview } from '../commands/center/schedule-service-review.js';
import { serviceReviewStatuses } from '../db/schema-center.js';
import {
  presentCustomerCenter,
  presentServiceReview,
  ZCustomerCenterView,
  ZServiceReviewView,
} from '../presenters/present-customer-center.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZIdParams = z.strictObject({ id: z.uuid() });
const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

/** Customer Center: calendars, phone numbers, scope, account team and service reviews; KB deflection. */
export const registerCustomerCenterRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/customer-center',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['customer center'],
        summary:
          "An account's Customer Center: published calendars (IMP-45), phone numbers by location (IMP-48), scope of support, account team and service reviews (IVA-18/25/26)",
        querystring: z.strictObject({
          accountId: z.uuid().optional().describe('Vendor users; customers get their own'),
        }),
        response: { 200: ZCustomerCenterView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      return presentCustomerCenter(
        await loadCustomerCenter(deps, actor, request.query.accountId, deps.clock()),
        actor,
      );
    },
  );

  app.put(
    '/api/v1/accounts/:id/team',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['customer center'],
        summary: "Name the account's support manager (engineers: PATCH /accounts/:id)",
        params: ZIdParams,
        body: z.strictObject({ supportManagerId: z.uuid().nullable() }),
        response: { 204: z.null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await assignSupportManager(deps, actor, request.params.id, request.body.supportManagerId, deps.clock());
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/v1/accounts/:id/service-reviews',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['customer center'],
        summary: 'Schedule a service review with its agenda (plans that include them, IVA-18)',
        params: ZIdParams,
        body: z.strictObject({
          scheduledFor: z.iso.datetime({ offset: true }),
          agenda: z.string().trim().min(1).max(5_000),
        }),
        response: { 201: ZServiceReviewView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await scheduleServiceReview(
        deps,
        actor,
        request.params.id,
        { scheduledFor: new Date(request.body.scheduledFor), agenda: request.body.agenda },
        deps.clock(),
      );
      return reply.status(201).send(presentServiceReview(row, actor));
    },
  );

  app.patch(
    '/api/v1/service-reviews/:id',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['customer center'],
        summary: "Change a service review's agenda, date or status, or record its notes",
        params: ZIdParams,
        body: z.strictObject({
          agenda: z.string().trim().min(1).max(5_000).optional(),
          notes: z.string().max(20_000).optional(),
          status: z.enum(serviceReviewStatuses).optional(),
          scheduledFor: z.iso.datetime({ offset: true }).optional(),
        }),
        response: { 200: ZServiceReviewView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const { scheduledFor, ...rest } = request.body;
      const row = await recordServiceReview(
        deps,
        actor,
        request.params.id,
        { ...rest, ...(scheduledFor ? { scheduledFor: new Date(scheduledFor) } : {}) },
        deps.clock(),
      );
      return presentServiceReview(row, actor);
    },
  );

  app.get(
    '/api/v1/reports/kb-deflection',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['reports'],
        summary: 'Knowledge-base reads by customers and how many were not followed by a case (vendor users)',
        querystring: z.strictObject({ from: ZDate, to: ZDate.describe('exclusive') }),
        response: {
          200: z.object({
            views: z.number().int(),
            viewers: z.number().int(),
            followedByCase: z.number().int(),
            deflected: z.number().int(),
            deflectionRate: z.number().nullable(),
            windowHours: z.number().int(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) =>
      reportKbDeflection(deps, requireActor(request), {
        from: new Date(`${request.query.from}T00:00:00Z`),
        to: new Date(`${request.query.to}T00:00:00Z`),
      }),
  );

  app.get(
    '/api/v1/cases/:id/articles-viewed',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['knowledge base'],
        summary: 'Articles the case opener read in the day before opening it (vendor users)',
        params: ZIdParams,
        response: {
          200: z.object({
            items: z.array(z.object({ articleId: z.string(), title: z.string(), viewedAt: z.string() })),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const rows = await listCaseArticleViews(deps, requireActor(request), request.params.id);
      return {
        items: rows.map((row) => ({
          articleId: row.article_id,
          title: row.title,
          viewedAt: row.viewed_at.toISOString(),
        })),
      };
    },
  );
};
