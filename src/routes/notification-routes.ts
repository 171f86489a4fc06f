import { z } from 'zod';
import { withTransaction } from '../db/with-transaction.js';
import { AppError } from '../lib/app-error.js';
import {
  listNotificationPreferences,
  setNotificationPreference,
} from '../notifications/notification-preferences.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZPreference = z
  .object({ eventType: z.string(), email: z.boolean() })
  .meta({ id: 'NotificationPreference' });
const ZPreferences = z.object({ items: z.array(ZPreference) });

/** The signed-in user's email preferences per event type (`*` = every type); email is on by default. */
export const registerNotificationRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/notification-preferences',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary: 'Your notification preferences',
        response: { 200: ZPreferences, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.kind !== 'user') throw new AppError('notification.forbidden', 'Preferences belong to users');
      const rows = await listNotificationPreferences(deps.db, actor.tenantId, actor.userId);
      return { items: rows.map((row) => ({ eventType: row.event_type, email: row.email })) };
    },
  );

  app.put(
    '/api/v1/notification-preferences',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['notifications'],
        summary:
          'Set email on/off for event types, e.g. {"items":[{"eventType":"sla.warning","email":false}]}',
        body: z.strictObject({
          items: z
            .array(z.strictObject({ eventType: z.string().min(1).max(100), email: z.boolean() }))
            .max(200),
        }),
        response: { 200: ZPreferences, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.kind !== 'user') throw new AppError('notification.forbidden', 'Preferences belong to users');
      const now = deps.clock();
      await withTransaction(deps.db, async (trx) => {
        for (const item of request.body.items) {
          await setNotificationPreference(trx, {
            tenantId: actor.tenantId,
            userId: actor.userId,
            eventType: item.eventType,
            email: item.email,
            now,
          });
        }
      });
      const rows = await listNotificationPreferences(deps.db, actor.tenantId, actor.userId);
      return { items: rows.map((row) => ({ eventType: row.event_type, email: row.email })) };
    },
  );
};
