import { z } from 'zod';
import {
  explainContractRequest,
  ZContractExplainRequest,
} from '../commands/contracts/explain-contract-request.js';
import { quoteContract } from '../commands/contracts/quote-contract.js';
import { getBuiltInPack, hasBuiltInPack } from '../domain/packs/registry.js';
import { AppError } from '../lib/app-error.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZQuoteLine = z.object({
  code: z.string(),
  description: z.string(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  amountMinor: z.number().int(),
  currency: z.string(),
});
export const ZContractQuote = z
  .object({
    kind: z.enum(['renewal', 'reinstatement']),
    asOf: z.iso.date(),
    lines: z.array(ZQuoteLine),
    totalMinor: z.number().int(),
    currency: z.string(),
  })
  .meta({ id: 'ContractQuote' });

/**
 * POST /api/v1/contracts/explain (the `aftercare contract explain` request and result, same field
 * names and codes) and POST /api/v1/contracts/:id/quotes (renewal or K6 reinstatement quotes priced
 * from the price book).
 */
export const registerContractQuoteRoutes: TRouteRegistrar = (app, deps) => {
  app.post(
    '/api/v1/contracts/explain',
    {
      config: { auth: 'contracts:read' },
      schema: {
        tags: ['contracts'],
        summary:
          'Explain a contract from facts: terms, notices, standing and quote (as `aftercare contract explain --json`)',
        body: z
          .unknown()
          .describe(
            `${ZContractExplainRequest.description ?? 'The contract explain request'} (docs/contracts.md)`,
          ),
        response: { 200: z.record(z.string(), z.unknown()), ...errorResponses },
      },
    },
    async (request) => {
      requireActor(request);
      // Only pack ids over HTTP: the CLI's pack files are not read from request input.
      return explainContractRequest(request.body, (pack) => {
        if (!hasBuiltInPack(pack)) throw new AppError('pack.unknown', `No pack "${pack}"`);
        return getBuiltInPack(pack);
      }) as Record<string, unknown>;
    },
  );

  app.post(
    '/api/v1/contracts/:id/quotes',
    {
      config: { auth: 'contracts:read' },
      schema: {
        tags: ['contracts'],
        summary: 'An itemised renewal or reinstatement (K6) quote at the then-current price (IMP-09, IVA-34)',
        params: z.strictObject({ id: z.uuid() }),
        body: z.strictObject({
          kind: z.enum(['renewal', 'reinstatement']),
          licencesInUse: z.number().int().min(0).max(10_000_000).optional(),
          licencesQuoted: z.number().int().min(0).max(10_000_000).optional(),
        }),
        response: { 200: ZContractQuote, ...errorResponses },
      },
    },
    async (request) =>
      quoteContract(
        deps,
        requireActor(request),
        { contractId: request.params.id, ...request.body },
        deps.clock(),
      ),
  );
};
