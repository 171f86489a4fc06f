import type { TActor } from './actor.js';
import { definePolicy } from './define-policy.js';

const isVendor = (actor: TActor) =>
  actor.kind === 'system' || ['vendor_admin', 'support_manager', 'agent'].includes(actor.role);
const manages = (actor: TActor) =>
  actor.kind === 'system' || actor.role === 'vendor_admin' || actor.role === 'support_manager';
const isCustomer = (actor: TActor) =>
  actor.kind === 'user' && (actor.role === 'customer_admin' || actor.role === 'customer_contact');

/** The account a resource belongs to; customers act on their own account only. */
type TAccountResource = { account_id: string } | null;
const ownsOrVendor = (actor: TActor, r: TAccountResource) =>
  isVendor(actor) ||
  (isCustomer(actor) && actor.kind === 'user' && r !== null && r.account_id === actor.accountId);

export type TTrainingAction =
  | 'view'
  | 'create_subscription'
  | 'book'
  | 'record_notice'
  | 'manage_installations'
  | 'record_opt_out'
  | 'export_usage'
  | 'update_health';

/**
 * Training, usage data and account health. Vendor users see every account (the TRM sees each
 * customer's balance); customers see and book for their own account and export their own usage data.
 */
export const trainingPolicy = definePolicy<TTrainingAction, TAccountResource>({
  view: ownsOrVendor,
  create_subscription: (actor) => manages(actor),
  book: ownsOrVendor,
  record_notice: (actor, r) =>
    manages(actor) ||
    (actor.kind === 'user' && actor.role === 'customer_admin' && r?.account_id === actor.accountId),
  manage_installations: (actor) => manages(actor),
  record_opt_out: (actor) => isVendor(actor),
  export_usage: ownsOrVendor,
  update_health: (actor) => isVendor(actor),
});
