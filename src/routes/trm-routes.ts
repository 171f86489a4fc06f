import { z } from 'zod';
import { bookTrm } from '../commands/training/book-trm.js';
import { createTrmSubscription } from '../commands/training/create-trm-subscription.js';
import { loadTrmView, loadTrmViews } from '../commands/training/load-trm-views.js';
import { recordTrmNotice } from '../commands/training/record-trm-notice.js';
import { ZTrmSubscriptionView } from '../presenters/present-trm-subscription.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZParams = z.strictObject({ id: z.uuid() });
const ZBooking = z.strictObject({
  kind: z.enum(['remote', 'onsite', 'voucher']),
  days: z.array(z.iso.date()).max(366).optional(),
  person: z.string().trim().max(200).optional(),
  course: z.string().trim().max(200).optional(),
});

/** /api/v1/trm/subscriptions: TRM offerings (IVA-41..47) — balances, bookings, non-renewal notices. */
export const registerTrmRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/trm/subscriptions',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['training'],
        summary: 'TRM subscriptions with the current term balance (vendor: all accounts; customer: own)',
        querystring: z.strictObject({ accountId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(ZTrmSubscriptionView) }), ...errorResponses },
      },
    },
    async (request) => ({
      items: await loadTrmViews(
        deps,
        requireActor(request),
        { accountId: request.query.accountId },
        deps.clock(),
      ),
    }),
  );

  app.post(
    '/api/v1/trm/subscriptions',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['training'],
        summary: 'Record a TRM purchase (vendor admins, support managers)',
        body: z.strictObject({
          accountId: z.uuid(),
          packId: z.string().min(1).default('ivanti'),
          offering: z.string().min(1),
          purchasedOn: z.iso.date(),
        }),
        response: { 201: ZTrmSubscriptionView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = deps.clock();
      const row = await createTrmSubscription(deps, actor, request.body, now);
      return reply.status(201).send(await loadTrmView(deps, actor, row.id, now));
    },
  );

  app.get(
    '/api/v1/trm/subscriptions/:id',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['training'],
        summary: 'One TRM subscription: balance, bookings, ledger',
        params: ZParams,
        response: { 200: ZTrmSubscriptionView, ...errorResponses },
      },
    },
    async (request) => loadTrmView(deps, requireActor(request), request.params.id, deps.clock()),
  );

  app.post(
    '/api/v1/trm/subscriptions/:id/bookings',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['training'],
        summary:
          'Book remote or on-site TRM days, or a voucher for one named person (codes: docs/training.md)',
        params: ZParams,
        body: ZBooking,
        response: { 201: ZTrmSubscriptionView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const now = deps.clock();
      await bookTrm(deps, actor, { subscriptionId: request.params.id, booking: request.body }, now);
      return reply.status(201).send(await loadTrmView(deps, actor, request.params.id, now));
    },
  );

  app.post(
    '/api/v1/trm/subscriptions/:id/notices',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['training'],
        summary: 'Record a written non-renewal notice received on a date (IVA-46)',
        params: ZParams,
        body: z.strictObject({ received: z.iso.date() }),
        response: { 200: ZTrmSubscriptionView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const now = deps.clock();
      await recordTrmNotice(
        deps,
        actor,
        { subscriptionId: request.params.id, received: request.body.received },
        now,
      );
      return loadTrmView(deps, actor, request.params.id, now);
    },
  );
};
