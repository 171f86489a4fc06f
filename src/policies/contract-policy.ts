import type { TActor } from './actor.js';
import { definePolicy } from './define-policy.js';

export type TContractAction =
  | 'view_commerce'
  | 'record_notice'
  | 'record_customer_notice'
  | 'manage_invoices'
  | 'withhold_service'
  | 'order_renewal';

/** The account a contract belongs to; customers act on their own account only. */
type TContractResource = { account_id: string };

const manages = (actor: TActor) =>
  actor.kind === 'system' || actor.role === 'vendor_admin' || actor.role === 'support_manager';
const isVendor = (actor: TActor) =>
  actor.kind === 'system' || ['vendor_admin', 'support_manager', 'agent'].includes(actor.role);
const ownCustomer = (actor: TActor, r: TContractResource) =>
  actor.kind === 'user' &&
  (actor.role === 'customer_admin' || actor.role === 'customer_contact') &&
  actor.accountId === r.account_id;

/**
 * The commercial record of a contract: vendor users see every account's, customers their own. Vendor
 * admins and support managers record notices, invoices, payments, renewal orders and the withheld mark;
 * a customer admin records the customer's own non-renewal and objections (portal).
 */
export const contractPolicy = definePolicy<TContractAction, TContractResource>({
  view_commerce: (actor, r) => isVendor(actor) || ownCustomer(actor, r),
  record_notice: (actor) => manages(actor),
  record_customer_notice: (actor, r) =>
    manages(actor) ||
    (actor.kind === 'user' && actor.role === 'customer_admin' && actor.accountId === r.account_id),
  manage_invoices: (actor) => manages(actor),
  withhold_service: (actor) => manages(actor),
  order_renewal: (actor) => manages(actor),
});
