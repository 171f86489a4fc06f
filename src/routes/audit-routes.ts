import { z } from 'zod';
import type { TAuditLogRow } from '../db/schema.js';
import { AppError } from '../lib/app-error.js';
import { listAuditEntries } from '../repositories/audit-query-repository.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { decodeCursor, pageQueryShape, toPage, ZPage } from './pagination.js';
import { requireActor } from './route-auth.js';

export const ZAuditEntryView = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    actor: z.string(),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: 'AuditEntry' });

const presentAuditEntry = (row: TAuditLogRow): z.infer<typeof ZAuditEntryView> => ({
  id: row.id,
  at: row.at.toISOString(),
  actor: row.actor,
  action: row.action,
  entityType: row.entity_type,
  entityId: row.entity_id,
  before: row.before,
  after: row.after,
});

/** GET /api/v1/audit: the append-only audit log, newest first (vendor admins). */
export const registerAuditRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/audit',
    {
      config: { auth: 'admin' },
      schema: {
        tags: ['audit'],
        summary: 'Audit log (vendor admins), filter by entity type and id',
        querystring: z.strictObject({
          ...pageQueryShape,
          entityType: z.string().min(1).max(50).optional(),
          entityId: z.string().min(1).max(100).optional(),
        }),
        response: { 200: ZPage(ZAuditEntryView), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (actor.kind === 'user' && actor.role !== 'vendor_admin') {
        throw new AppError('auth.forbidden', 'The audit log is for vendor admins');
      }
      const { limit, cursor, entityType, entityId } = request.query;
      const before = decodeCursor(cursor, z.strictObject({ id: z.uuid() }));
      const rows = await listAuditEntries(
        deps.db,
        actor.tenantId,
        { entityType, entityId },
        { beforeId: before?.id ?? null, limit: limit + 1 },
      );
      return toPage(rows, limit, (row) => ({ id: row.id }), presentAuditEntry);
    },
  );
};
