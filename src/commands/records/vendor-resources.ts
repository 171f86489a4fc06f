import { computeWarrantyEnd } from '../../domain/rma/warranty-end.js';
import { AppError } from '../../lib/app-error.js';
import { vendorManagedPolicy } from '../../policies/record-policy.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { checkAccountEngineers } from '../accounts/assigned-engineer.js';
import { findPackInForce } from '../packs/find-pack-version.js';
import type { TRecordResource } from './record-resource.js';

/** Accounts (name, region, payment status, IMP-10). */
export const accountResource: TRecordResource<'accounts'> = {
  table: 'accounts',
  entityType: 'account',
  notFound: 'account.not_found',
  customerVisible: true,
  policy: vendorManagedPolicy,
  prepare: (trx, actor, values) => checkAccountEngineers(trx, actor, values),
};

/** Sites of an account. */
export const siteResource: TRecordResource<'sites'> = {
  table: 'sites',
  entityType: 'site',
  notFound: 'site.not_found',
  customerVisible: true,
  policy: vendorManagedPolicy,
};

/** Products the vendor supports under a pack (software, appliance, virtual appliance). */
export const productResource: TRecordResource<'products'> = {
  table: 'products',
  entityType: 'product',
  notFound: 'product.not_found',
  customerVisible: true,
  policy: vendorManagedPolicy,
  prepare: async (trx, actor, values, _existing, now) => {
    if (typeof values.pack_id === 'string') await findPackInForce(trx, actor.tenantId, values.pack_id, now);
    return values;
  },
};

/**
 * Appliances of an account. The warranty end is never typed: K1 from the ship date (IMP-17); a unit that
 * replaced another under warranty keeps the inherited end (H2) when its ship date is edited.
 */
export const applianceResource: TRecordResource<'appliances'> = {
  table: 'appliances',
  entityType: 'appliance',
  notFound: 'appliance.not_found',
  customerVisible: true,
  policy: vendorManagedPolicy,
  prepare: async (trx, actor, values, existing) => {
    const accountId = existing?.account_id ?? (values.account_id as string);
    if (
      typeof values.product_id === 'string' &&
      !(await findRecord(trx, 'products', scopeOf(actor), values.product_id))
    ) {
      throw new AppError('product.not_found', 'No such product', [
        { field: 'productId', message: 'no such product' },
      ]);
    }
    if (typeof values.site_id === 'string') {
      const site = await findRecord(trx, 'sites', scopeOf(actor), values.site_id);
      if (!site || site.account_id !== accountId) {
        throw new AppError('site.not_found', 'No such site on this account', [
          { field: 'siteId', message: 'no such site on this account' },
        ]);
      }
    }
    if (typeof values.ship_date === 'string' && !existing?.replaces_appliance_id) {
      return { ...values, warranty_end: computeWarrantyEnd(values.ship_date) };
    }
    if (typeof values.ship_date === 'string' && !existing?.replaces_appliance_id) {
      return { ...values, warranty_end: computeWarrantyEnd(values.ship_date) };
    }
    return values;
  },
};
