import { isCustomerRole, isVendorRole, type TActor } from './actor.js';
import { definePolicy, type TPolicy } from './define-policy.js';

/** Actions on a plain record (account, site, product, contract, contact, appliance). */
export type TRecordAction = 'update' | 'delete';

/** What a record policy needs to know: the account that owns the record (null: tenant-wide, e.g. products). */
export type TOwnedRecord = { accountId: string | null };

const isManager = (actor: TActor) =>
  actor.kind === 'system' || actor.role === 'vendor_admin' || actor.role === 'support_manager';

/** Vendor admins and support managers manage accounts, sites, products, contracts and appliances. */
export const vendorManagedPolicy: TPolicy<TRecordAction, TOwnedRecord> = definePolicy({
  update: (actor) => isManager(actor),
  delete: (actor) => isManager(actor),
});

/** Named contacts: also the customer admin of the owning account (within the plan's limit, K8). */
export const contactPolicy: TPolicy<TRecordAction, TOwnedRecord> = definePolicy({
  update: (actor, contact) => isManager(actor) || isOwnCustomerAdmin(actor, contact.accountId),
  delete: (actor, contact) => isManager(actor) || isOwnCustomerAdmin(actor, contact.accountId),
});

function isOwnCustomerAdmin(actor: TActor, accountId: string | null): boolean {
  return (
    actor.kind === 'user' &&
    actor.role === 'customer_admin' &&
    accountId !== null &&
    actor.accountId === accountId
  );
}

/** Whether the actor may see records of this kind at all (customers: only account-owned ones, their own). */
export function canReadRecords(actor: TActor, customerVisible: boolean): boolean {
  if (actor.kind === 'system' || isVendorRole(actor.role)) return true;
  return isCustomerRole(actor.role) && customerVisible;
}
