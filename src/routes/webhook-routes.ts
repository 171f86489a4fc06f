import { z } from 'zod';
import { assertManagesWebhooks } from '../commands/workflow/assert-manages-webhooks.js';
import { createWebhookEndpoint } from '../commands/workflow/create-webhook-endpoint.js';
import { replayWebhookDelivery } from '../commands/workflow/replay-webhook-delivery.js';
import { AppError } from '../lib/app-error.js';
import {
  presentWebhookDelivery,
  presentWebhookEndpoint,
  ZWebhookDeliveryView,
  ZWebhookEndpointView,
} from '../notifications/present-webhook.js';
import {
  findWebhookEndpoint,
  listWebhookDeliveries,
  listWebhookEndpoints,
  setWebhookEndpointActive,
} from '../notifications/webhook-queries.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { decodeCursor, pageQueryShape, toPage, ZPage } from './pagination.js';
import { requireActor } from './route-auth.js';

const ZWebhookCreate = z.strictObject({
  url: z.url().max(2000),
  eventTypes: z.array(z.string().min(1).max(100)).max(100).default(['*']),
});
const ZParams = z.strictObject({ id: z.uuid() });

/** Webhook endpoints (vendor admins): create, list, enable/disable, delivery log, replay. */
export const registerWebhookRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/webhooks',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Register a webhook endpoint; the response carries its signing secret (shown once)',
        body: ZWebhookCreate,
        response: { 201: ZWebhookEndpointView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await createWebhookEndpoint(deps, actor, request.body, deps.clock());
      return reply.status(201).send(presentWebhookEndpoint(row, { withSecret: true }));
    },
  );

  app.get(
    '/api/v1/webhooks',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Webhook endpoints',
        response: { 200: z.object({ items: z.array(ZWebhookEndpointView) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      assertManagesWebhooks(actor);
      const rows = await listWebhookEndpoints(deps.db, actor.tenantId);
      return { items: rows.map((row) => presentWebhookEndpoint(row)) };
    },
  );

  app.patch(
    '/api/v1/webhooks/:id',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Enable or disable an endpoint',
        params: ZParams,
        body: z.strictObject({ active: z.boolean() }),
        response: { 200: ZWebhookEndpointView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      assertManagesWebhooks(actor);
      const row = await setWebhookEndpointActive(
        deps.db,
        actor.tenantId,
        request.params.id,
        request.body.active,
      );
      if (!row) throw new AppError('webhook.not_found', 'No such webhook endpoint');
      return presentWebhookEndpoint(row);
    },
  );

  app.get(
    '/api/v1/webhooks/:id/deliveries',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Delivery log of an endpoint, newest first',
        params: ZParams,
        querystring: z.strictObject({ ...pageQueryShape }),
        response: { 200: ZPage(ZWebhookDeliveryView), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      assertManagesWebhooks(actor);
      if (!(await findWebhookEndpoint(deps.db, actor.tenantId, request.params.id))) {
        throw new AppError('webhook.not_found', 'No such webhook endpoint');
      }
      const after = decodeCursor(request.query.cursor, z.strictObject({ id: z.uuid() }));
      const rows = await listWebhookDeliveries(deps.db, {
        tenantId: actor.tenantId,
        endpointId: request.params.id,
        beforeId: after?.id ?? null,
        limit: request.query.limit + 1,
      });
      return toPage(rows, request.query.limit, (row) => ({ id: row.id }), presentWebhookDelivery);
    },
  );

  app.post(
    '/api/v1/webhooks/deliveries/:id/replay',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['webhooks'],
        summary: 'Send a past delivery again (a new delivery with the same body)',
        params: ZParams,
        response: { 202: ZWebhookDeliveryView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const row = await replayWebhookDelivery(deps, actor, request.params.id, deps.clock());
      return reply.status(202).send(presentWebhookDelivery(row));
    },
  );
};
