import { z } from 'zod';
import { issueContractInvoice } from '../commands/contracts/issue-contract-invoice.js';
import { loadContractCommerce } from '../commands/contracts/load-contract-commerce.js';
import { orderContractRenewal } from '../commands/contracts/order-contract-renewal.js';
import { recordContractNotice } from '../commands/contracts/record-contract-notice.js';
import { recordInvoicePayment } from '../commands/contracts/record-invoice-payment.js';
import { setServiceWithheld } from '../commands/contracts/set-service-withheld.js';
import { contractNoticeKinds, contractParties, invoicePurposes } from '../db/schema-contracts.js';
import { ZContractCommerceView } from '../presenters/present-contract-commerce.js';
import type { TRouteRegistrar } from './api-types.js';
import { errorResponses } from './error-schema.js';
import { requireActor } from './route-auth.js';

const ZParams = z.strictObject({ id: z.uuid() });
const ZDate = z.iso.date();
const ZCurrency = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD');
const response = { 200: ZContractCommerceView, ...errorResponses };

/**
 * /api/v1/contracts/:id/commerce and its facts: terms, notices, invoices, payments, renewal orders,
 * service withheld (codes: docs/contracts.md). Every write answers with the recomputed record.
 */
export const registerContractCommerceRoutes: TRouteRegistrar = (app, deps) => {
  const view = (request: { params: { id: string } } & Parameters<typeof requireActor>[0]) =>
    loadContractCommerce(deps, requireActor(request), request.params.id, deps.clock());

  app.get(
    '/api/v1/contracts/:id/commerce',
    {
      config: { auth: 'contracts:read' },
      schema: {
        tags: ['contracts'],
        summary: 'Terms, notices (deadline, outcome, clause), invoices and standing of a contract',
        params: ZParams,
        response,
      },
    },
    async (request) => view(request),
  );

  app.post(
    '/api/v1/contracts/:id/notices',
    {
      config: { auth: 'contracts:read' },
      schema: {
        tags: ['contracts'],
        summary:
          'Record a notice received on a date (vendor: any kind; customer admin: own non-renewal or objection)',
        params: ZParams,
        body: z.strictObject({
          kind: z.enum(contractNoticeKinds),
          receivedOn: ZDate,
          fromParty: z.enum(contractParties).optional(),
          version: z.string().trim().min(1).max(50).optional(),
          reason: z.string().trim().max(2000).optional(),
        }),
        response,
      },
    },
    async (request) => {
      const now = deps.clock();
      await recordContractNotice(
        deps,
        requireActor(request),
        { contractId: request.params.id, ...request.body },
        now,
      );
      return view(request);
    },
  );

  app.post(
    '/api/v1/contracts/:id/invoices',
    {
      config: { auth: 'contracts:write' },
      schema: {
        tags: ['contracts'],
        summary: 'Issue an invoice (integer minor units, ISO currency)',
        params: ZParams,
        body: z.strictObject({
          number: z.string().trim().min(1).max(50),
          purpose: z.enum(invoicePurposes).default('other'),
          termStart: ZDate.optional(),
          issuedOn: ZDate,
          dueOn: ZDate,
          amountMinor: z.number().int().min(0).max(1e13),
          currency: ZCurrency,
        }),
        response,
      },
    },
    async (request) => {
      await issueContractInvoice(
        deps,
        requireActor(request),
        { contractId: request.params.id, ...request.body },
        deps.clock(),
      );
      return view(request);
    },
  );

  app.post(
    '/api/v1/contracts/:id/invoices/:invoiceId/payment',
    {
      config: { auth: 'contracts:write' },
      schema: {
        tags: ['contracts'],
        summary: 'Record the payment of an invoice (K7: restores a suspended renewal with no fee)',
        params: z.strictObject({ id: z.uuid(), invoiceId: z.uuid() }),
        body: z.strictObject({ paidOn: ZDate }),
        response,
      },
    },
    async (request) => {
      await recordInvoicePayment(
        deps,
        requireActor(request),
        { contractId: request.params.id, invoiceId: request.params.invoiceId, paidOn: request.body.paidOn },
        deps.clock(),
      );
      return view(request);
    },
  );

  app.put(
    '/api/v1/contracts/:id/service-withheld',
    {
      config: { auth: 'contracts:write' },
      schema: {
        tags: ['contracts'],
        summary: 'Withhold (or restore) service for an overdue payment (IMP-10)',
        params: ZParams,
        body: z.strictObject({ withheld: z.boolean() }),
        response,
      },
    },
    async (request) => {
      await setServiceWithheld(
        deps,
        requireActor(request),
        { contractId: request.params.id, withheld: request.body.withheld },
        deps.clock(),
      );
      return view(request);
    },
  );

  app.post(
    '/api/v1/contracts/:id/renewal-orders',
    {
      config: { auth: 'contracts:write' },
      schema: {
        tags: ['contracts'],
        summary: 'Record a renewal order (IVA-32): next term at the then-current price and its invoice',
        params: ZParams,
        body: z.strictObject({ orderedOn: ZDate, invoiceNumber: z.string().trim().min(1).max(50) }),
        response,
      },
    },
    async (request) => {
      await orderContractRenewal(
        deps,
        requireActor(request),
        { contractId: request.params.id, ...request.body },
        deps.clock(),
      );
      return view(request);
    },
  );
};
