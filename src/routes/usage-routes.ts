import { z } from 'zod';
import { createUsageInstallation } from '../commands/training/create-usage-installation.js';
import { ingestUsageSummary } from '../commands/training/ingest-usage-summary.js';
import { recordUsageOptOut } from '../commands/training/record-usage-opt-out.js';
import { revokeUsageInstallation } from '../commands/training/revoke-usage-installation.js';
import { AppError } from '../lib/app-error.js';
import { visibleAccountId } from '../policies/actor.js';
import { trainingPolicy } from '../policies/training-policy.js';
import { presentUsageCsv, presentUsageDay, ZUsageDayView } from '../presenters/present-usage.js';
import {
  findUsageOptOut,
  listUsageInstallations,
  listUsageSummaries,
} from '../repositories/usage-repository.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZInstallationView = z.object({
  id: z.uuid(),
  accountId: z.uuid(),
  name: z.string(),
  createdAt: z.iso.datetime(),
  revokedAt: z.iso.datetime().nullable(),
});
const ZUsageQuery = z.strictObject({
  accountId: z.uuid().optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/** Summary usage data (IMP-63..66): installations, ingestion, opt-out, listing for charts, export. */
export const registerUsageRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/usage/installations',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['usage'],
        summary: 'Register a deployed installation; its ingestion token is returned once',
        body: z.strictObject({ accountId: z.uuid(), name: z.string().trim().min(1).max(200) }),
        response: { 201: ZInstallationView.extend({ token: z.string() }), ...errorResponses },
      },
    },
    async (request, reply) => {
      const { installation, token } = await createUsageInstallation(
        deps,
        requireActor(request),
        request.body,
        deps.clock(),
      );
      return reply.status(201).send({
        id: installation.id,
        accountId: installation.account_id,
        name: installation.name,
        createdAt: installation.created_at.toISOString(),
        revokedAt: null,
        token,
      });
    },
  );

  app.get(
    '/api/v1/usage/installations',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['usage'],
        summary: 'Installations that send usage summaries',
        querystring: z.strictObject({ accountId: z.uuid().optional() }),
        response: { 200: z.object({ items: z.array(ZInstallationView) }), ...errorResponses },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const rows = await listUsageInstallations(
        deps.db,
        actor.tenantId,
        request.query.accountId ?? visibleAccountId(actor),
      );
      return {
        items: rows
          .filter((r) => visibleAccountId(actor) === null || r.account_id === visibleAccountId(actor))
          .map((r) => ({
            id: r.id,
            accountId: r.account_id,
            name: r.name,
            createdAt: r.created_at.toISOString(),
            revokedAt: r.revoked_at ? r.revoked_at.toISOString() : null,
          })),
      };
    },
  );

  app.post(
    '/api/v1/usage/installations/:id/revoke',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['usage'],
        summary: "Revoke an installation's ingestion token (later submissions refused, nothing stored)",
        params: z.strictObject({ id: z.uuid() }),
        response: { 200: ZInstallationView, ...errorResponses },
      },
    },
    async (request) => {
      const row = await revokeUsageInstallation(deps, requireActor(request), request.params.id, deps.clock());
      return {
        id: row.id,
        accountId: row.account_id,
        name: row.name,
        createdAt: row.created_at.toISOString(),
        revokedAt: row.revoked_at ? row.revoked_at.toISOString() : null,
      };
    },
  );

  app.post(
    '/api/v1/usage/summaries',
    {
      config: { auth: 'public' },
      schema: {
        tags: ['usage'],
        summary:
          'Ingest one daily summary (Authorization: Bearer <installation token>); personal data is refused',
        headers: z.object({ authorization: z.string().optional() }),
        body: z.unknown(),
        response: {
          201: z.object({ accepted: z.literal(true), installationId: z.uuid(), day: z.iso.date() }),
          ...errorResponses,
        },
      },
    },
    async (request, reply) => {
      const bearer = /^Bearer\s+(\S+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
      const { installationId, summary } = await ingestUsageSummary(
        deps,
        { token: bearer, body: request.body },
        deps.clock(),
      );
      return reply.status(201).send({ accepted: true as const, installationId, day: summary.day });
    },
  );

  app.post(
    '/api/v1/usage/opt-outs',
    {
      config: { auth: 'accounts:write' },
      schema: {
        tags: ['usage'],
        summary: 'Record the customer’s opt-out from their case (IMP-66); collection stops from now',
        body: z.strictObject({ accountId: z.uuid(), caseId: z.uuid() }),
        response: {
          200: z.object({ accountId: z.uuid(), caseId: z.uuid(), optedOutAt: z.iso.datetime() }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const r = await recordUsageOptOut(deps, requireActor(request), request.body, deps.clock());
      return { accountId: request.body.accountId, caseId: r.caseId, optedOutAt: r.optedOutAt.toISOString() };
    },
  );

  app.get(
    '/api/v1/usage/summaries',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['usage'],
        summary: 'Daily usage summaries (vendor: any account; customer: own) for charts',
        querystring: ZUsageQuery,
        response: {
          200: z.object({
            items: z.array(ZUsageDayView),
            optedOutAt: z.iso.datetime().nullable(),
            allowedActions: z.array(z.string()),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      const accountId = visibleAccountId(actor) ?? request.query.accountId ?? null;
      const rows = await listUsageSummaries(deps.db, actor.tenantId, { ...request.query, accountId });
      const optOut = accountId ? await findUsageOptOut(deps.db, actor.tenantId, accountId) : undefined;
      const resource = accountId ? { account_id: accountId } : null;
      return {
        items: rows.map(presentUsageDay),
        optedOutAt: optOut?.opted_out_at.toISOString() ?? null,
        allowedActions: trainingPolicy
          .allowedActions(actor, resource)
          .filter((a) => ['export_usage', 'record_opt_out', 'manage_installations'].includes(a)),
      };
    },
  );

  app.get(
    '/api/v1/usage/export',
    {
      config: { auth: 'accounts:read' },
      schema: {
        tags: ['usage'],
        summary: 'Export the collected usage data (IMP-65) as CSV or JSON',
        querystring: ZUsageQuery.extend({ format: z.enum(['csv', 'json']).default('json') }),
        response: { 200: z.string(), ...errorResponses },
      },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      const accountId = visibleAccountId(actor) ?? request.query.accountId ?? null;
      if (accountId === null)
        throw new AppError('usage.account_required', 'Give accountId', [
          { field: 'accountId', message: 'required' },
        ]);
      if (!trainingPolicy.can(actor, 'export_usage', { account_id: accountId }))
        throw new AppError('auth.forbidden', 'You may not export this account’s usage data');
      const days = (await listUsageSummaries(deps.db, actor.tenantId, { ...request.query, accountId })).map(
        presentUsageDay,
      );
      const csv = request.query.format === 'csv';
      return reply
        .header('content-type', csv ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="usage-data.${csv ? 'csv' : 'json'}"`)
        .send(
          csv
            ? presentUsageCsv(days)
            : JSON.stringify({
                accountId,
                days: days.map((d) => ({ ...d.summary, installation: d.installation })),
              }),
        );
    },
  );
};
