import { z } from 'zod';
import { listPacksForActor, readPack } from '../commands/packs/read-pack.js';
import { parseInstant } from '../domain/calendar/index.js';
import { getBuiltInPack, listBuiltInPacks } from '../domain/packs/registry.js';
import { ZChannel } from '../domain/packs/schema-common.js';
import { resolveSla } from '../domain/sla/resolve-sla.js';
import { AppError } from '../lib/app-error.js';
import { presentCalendarMonth, ZCalendarMonthView } from '../presenters/present-calendar-month.js';
import { presentPack, ZPackSummaryView, ZPackView } from '../presenters/present-pack.js';
import { presentSlaPreview } from '../presenters/present-sla-preview.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';
import { ZSlaJson } from './sla-schema.js';

const ZPackParams = z.strictObject({ id: z.string().min(1).max(100) });
const ZVersionQuery = z
  .string()
  .min(1)
  .max(100)
  .optional()
  .describe('A tenant version (vendor staff); default: the built-in pack');

export const ZSlaPreview = z.strictObject({
  pack: z.string().min(1).max(100),
  plan: z.string().min(1).max(100),
  severity: z.string().min(1).max(20),
  opened: z.string().min(1).max(64).describe('ISO-8601; without an offset: wall time of the serving centre'),
  channel: ZChannel.optional(),
  centre: z.string().min(1).max(50).optional(),
  pinVerified: z.boolean().optional().describe('Phone intake: the caller’s Premium Support PIN was verified'),
});

/** Read-only pack data for the web app, and SLA previews (targets before a case is submitted). */
export const registerPackRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/packs',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary: "Built-in policy packs and, for vendor staff, the tenant's own packs",
        response: { 200: z.object({ items: z.array(ZPackSummaryView) }), ...errorResponses },
      },
    },
    async (request) => ({ items: await listPacksForActor(deps, requireActor(request)) }),
  );

  app.get(
    '/api/v1/packs/:id',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary: 'A pack: plans, severities, centres, SLA matrix',
        params: ZPackParams,
        querystring: z.strictObject({ version: ZVersionQuery }),
        response: { 200: ZPackView, ...errorResponses },
      },
    },
    async (request) =>
      presentPack(await readPack(deps, requireActor(request), request.params.id, request.query.version)),
  );

  app.get(
    '/api/v1/packs/:id/calendars/:centre',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary: "A centre's open intervals, holidays and closures in one month",
        params: z.strictObject({ id: z.string().min(1).max(100), centre: z.string().min(1).max(50) }),
        querystring: z.strictObject({
          month: z.string().regex(/^(19|2[0-3])\d{2}-(0[1-9]|1[0-2])$/, 'YYYY-MM'),
          version: ZVersionQuery,
        }),
        response: { 200: ZCalendarMonthView, ...errorResponses },
      },
    },
    async (request) => {
      const policy = await readPack(deps, requireActor(request), request.params.id, request.query.version);
      const centre = policy.centres.find((candidate) => candidate.id === request.params.centre);
      if (!centre)
        throw new AppError('centre.not_found', `Pack ${policy.id} has no centre "${request.params.centre}"`);
      return presentCalendarMonth(centre, request.query.month);
    },
  );

  app.post(
    '/api/v1/sla/preview',
    {
      config: { auth: 'authenticated' },
      schema: {
        tags: ['packs'],
        summary: 'SLA milestones a case would get (same JSON as `aftercare sla explain --json`)',
        body: ZSlaPreview,
        response: { 200: ZSlaJson, ...errorResponses },
      },
    },
    async (request) => {
      const { pack, plan, severity, opened, channel, centre, pinVerified } = request.body;
      const policy = previewPack(pack);
      if (!policy.plans.some((candidate) => candidate.id === plan)) {
        throw new AppError('sla.unknown_plan', `Pack ${policy.id} has no plan "${plan}"`, [
          { field: 'plan', message: 'unknown plan' },
        ]);
      }
      if (!policy.severities.some((candidate) => candidate.id === severity)) {
        throw new AppError('sla.unknown_severity', `Pack ${policy.id} has no severity "${severity}"`, [
          { field: 'severity', message: 'unknown severity' },
        ]);
      }
      const centreId = centre ?? policy.centres[0]?.id;
      const zone = policy.centres.find((candidate) => candidate.id === centreId)?.calendar.timezone;
      if (!zone)
        throw new AppError('sla.unknown_centre', `Pack ${policy.id} has no centre "${centre}"`, [
          { field: 'centre', message: 'unknown centre' },
        ]);
      const openedAt = parseInstant(opened, zone, 'opened');
      return presentSlaPreview(
        requireActor(request),
        resolveSla(policy, {
          plan,
          severity,
          opened: openedAt,
          ...(centre ? { centre } : {}),
          ...(channel ? { channel } : {}),
          ...(channel === 'phone' && pinVerified ? { pinVerified: true } : {}),
        }),
      );
    },
  );
};

/** Only built-in packs by id (never a file path from a request). */
function previewPack(id: string) {
  if (!listBuiltInPacks().some((pack) => pack.id === id)) {
    throw new AppError('sla.unknown_pack', `No pack "${id}"`, [{ field: 'pack', message: 'unknown pack' }]);
  }
  return getBuiltInPack(id);
}
