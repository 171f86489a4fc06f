import { z } from 'zod';
import { contractResource } from '../commands/contracts/contract-resource.js';
import { productResource } from '../commands/records/vendor-resources.js';
import { contractChannels, contractStatuses, productKinds } from '../db/schema-records.js';
import {
  presentContract,
  presentProduct,
  ZContractView,
  ZProductView,
} from '../presenters/present-records.js';
import type { TRouteRegistrar } from './api-types.js';
import { registerRecordRoutes } from './record-routes.js';

const ZDate = z.iso.date();

/** /api/v1/contracts and /api/v1/products. */
export const registerContractRoutes: TRouteRegistrar = (app, deps) => {
  registerRecordRoutes(app, deps, {
    resource: contractResource,
    path: '/api/v1/contracts',
    tag: 'contracts',
    noun: 'contract',
    scopes: { read: 'contracts:read', write: 'contracts:write' },
    ZView: ZContractView,
    present: presentContract,
    ZCreate: z.strictObject({
      reference: z.string().trim().min(1).max(100),
      accountId: z.uuid(),
      productId: z.uuid().nullable().default(null),
      packId: z.string().min(1).max(100),
      packVersion: z.string().min(1).max(50).optional(),
      plan: z.string().min(1).max(100),
      channel: z.enum(contractChannels).default('direct'),
      shipDate: ZDate.optional().describe('Appliance ship date: the initial term is computed from it (K1)'),
      termStart: ZDate.optional().describe('Term start (K2); defaults to the ship date'),
      termEnd: ZDate.optional().describe(
        'Computed from shipDate/termStart when omitted (legacy callers may give it)',
      ),
      status: z.enum(contractStatuses).default('active'),
      licences: z.number().int().min(0).max(10_000_000).default(0),
      autoRenew: z.boolean().default(true),
    }),
    ZUpdate: z.strictObject({
      productId: z.uuid().nullable().optional(),
      packVersion: z.string().min(1).max(50).optional(),
      plan: z.string().min(1).max(100).optional(),
      channel: z.enum(contractChannels).optional(),
      termStart: ZDate.optional(),
      termEnd: ZDate.optional(),
      status: z.enum(contractStatuses).optional(),
      licences: z.number().int().min(0).max(10_000_000).optional(),
      autoRenew: z.boolean().optional(),
    }),
    filters: {
      accountId: z.uuid(),
      status: z.enum(contractStatuses),
      packId: z.string().max(100),
      plan: z.string().max(100),
    },
    sorts: ['termEnd', 'reference'],
  });
  registerRecordRoutes(app, deps, {
    resource: productResource,
    path: '/api/v1/products',
    tag: 'contracts',
    noun: 'product',
    scopes: { read: 'contracts:read', write: 'contracts:write' },
    ZView: ZProductView,
    present: presentProduct,
    ZCreate: z.strictObject({
      packId: z.string().min(1).max(100),
      name: z.string().trim().min(1).max(200),
      kind: z.enum(productKinds),
    }),
    ZUpdate: z.strictObject({
      name: z.string().trim().min(1).max(200).optional(),
      kind: z.enum(productKinds).optional(),
    }),
    filters: { packId: z.string().max(100), kind: z.enum(productKinds) },
    sorts: ['name'],
  });
};
