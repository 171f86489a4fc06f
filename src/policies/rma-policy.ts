import type { TRmaRow } from '../db/schema-rma.js';
import { isVendorRole, type TActor } from './actor.js';
import { definePolicy } from './define-policy.js';

export type TRmaAction = 'view' | 'open' | 'record_finding' | 'record_event' | 'decide_charge' | 'explain';

const isVendor = (actor: TActor) => actor.kind === 'system' || isVendorRole(actor.role);
const manages = (actor: TActor) =>
  actor.kind === 'system' || actor.role === 'vendor_admin' || actor.role === 'support_manager';

/**
 * RMAs: vendor users record findings, open RMAs and record shipments; customers see their own account's
 * RMAs (repositories scope them); only vendor admins and support managers decide a charge proposal.
 */
export const rmaPolicy = definePolicy<TRmaAction, TRmaRow | null>({
  view: (actor, row) =>
    isVendor(actor) || (row !== null && actor.kind === 'user' && actor.accountId === row.account_id),
  open: (actor) => isVendor(actor),
  record_finding: (actor) => isVendor(actor),
  record_event: (actor, row) => isVendor(actor) && row !== null && row.status === 'open',
  decide_charge: (actor, row) => manages(actor) && row !== null && row.charge_status === 'proposed',
  explain: () => true,
});
