import { z } from 'zod';
import { accountResource, siteResource } from '../commands/records/vendor-resources.js';
import { accountRegions, paymentStatuses } from '../db/schema-records.js';
import { presentAccount, presentSite, ZAccountView, ZSiteView } from '../presenters/present-records.js';
import type { TRouteRegistrar } from './api-types.js';
import { registerRecordRoutes } from './record-routes.js';

const ZName = z.string().trim().min(1).max(200);

/** /api/v1/accounts and /api/v1/sites: CRUD, list with filters, sorting and cursors. */
export const registerAccountRoutes: TRouteRegistrar = (app, deps) => {
  registerRecordRoutes(app, deps, {
    resource: accountResource,
    path: '/api/v1/accounts',
    tag: 'accounts',
    noun: 'account',
    scopes: { read: 'accounts:read', write: 'accounts:write' },
    ZView: ZAccountView,
    present: presentAccount,
    ZCreate: z.strictObject({
      name: ZName,
      region: z.enum(accountRegions),
      paymentStatus: z.enum(paymentStatuses).default('current'),
    }),
    ZUpdate: z.strictObject({
      name: ZName.optional(),
      region: z.enum(accountRegions).optional(),
      paymentStatus: z.enum(paymentStatuses).optional(),
      assignedEngineerId: z.uuid().nullable().optional().describe('Vendor admin only (IVA-25)'),
      backupEngineerId: z.uuid().nullable().optional().describe('Vendor admin only (IVA-25)'),
    }),
    filters: { region: z.enum(accountRegions), paymentStatus: z.enum(paymentStatuses) },
    sorts: ['name'],
  });
  registerRecordRoutes(app, deps, {
    resource: siteResource,
    path: '/api/v1/sites',
    tag: 'accounts',
    noun: 'site',
    scopes: { read: 'accounts:read', write: 'accounts:write' },
    ZView: ZSiteView,
    present: presentSite,
    ZCreate: z.strictObject({
      accountId: z.uuid(),
      name: ZName,
      country: z.string().trim().min(2).max(100).nullable().default(null),
      address: z.string().trim().max(1000).nullable().default(null),
    }),
    ZUpdate: z.strictObject({
      name: ZName.optional(),
      country: z.string().trim().min(2).max(100).nullable().optional(),
      address: z.string().trim().max(1000).nullable().optional(),
    }),
    filters: { accountId: z.uuid() },
    sorts: ['name'],
  });
};
