import { z } from 'zod';
import { AppError } from '../lib/app-error.js';
import { maxRangeDays } from '../lib/inspect-input.js';
import { hasPermission } from '../policies/permissions.js';
import { presentSlaReport, ZSlaReportView } from '../presenters/present-sla-report.js';
import { countBreachesByCentre, countSlaAttainment } from '../repositories/report-repository.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const day = 86_400_000;

const ZSlaReportQuery = z.strictObject({
  from: z.iso.date().optional().describe('First day (UTC), default: 12 weeks before `to`'),
  to: z.iso.date().optional().describe('Day after the last one (UTC), default: tomorrow'),
  bucket: z.enum(['day', 'week', 'month']).default('week'),
});

/** SLA reports for vendor staff: attainment per period × plan × severity, breaches per centre. */
export const registerReportRoutes: TRouteRegistrar = (app, deps) => {
  app.get(
    '/api/v1/reports/sla',
    {
      config: { auth: 'cases:read' },
      schema: {
        tags: ['reports'],
        summary: 'SLA attainment per plan and severity over time, and breaches by centre',
        querystring: ZSlaReportQuery,
        response: { 200: ZSlaReportView, ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      if (!hasPermission(actor, 'reports:view')) {
        throw new AppError('auth.forbidden', 'SLA reports are for vendor staff');
      }
      const now = deps.clock();
      const to = request.query.to
        ? new Date(`${request.query.to}T00:00:00Z`)
        : new Date(Math.floor(now.getTime() / day) * day + day);
      const from = request.query.from
        ? new Date(`${request.query.from}T00:00:00Z`)
        : new Date(to.getTime() - 84 * day);
      if (from >= to) {
        throw new AppError('request.invalid', '`from` must be before `to`', [
          { field: 'from', message: 'not before to' },
        ]);
      }
      if (to.getTime() - from.getTime() > maxRangeDays * day) {
        throw new AppError('request.invalid', `The range may span at most ${maxRangeDays} days`, [
          { field: 'to', message: 'range too long' },
        ]);
      }
      const range = { from, to, now, bucket: request.query.bucket };
      const [attainment, centres] = await Promise.all([
        countSlaAttainment(deps.db, actor.tenantId, range),
        countBreachesByCentre(deps.db, actor.tenantId, range),
      ]);
      return presentSlaReport({ ...range, attainment, centres });
    },
  );
};
