import type { TUserRole } from '../db/schema.js';
import type { TApiScope } from './scopes.js';

/**
 * Who is acting. Every command receives one; every query on customer data is scoped by its tenant
 * (and, for customer roles, by its account).
 * - `user`: a signed-in user (`via: 'session'`) or an API token acting for its user with `scopes`.
 * - `system`: jobs and CLI commands acting for a tenant.
 */
export type TActor =
  | {
      kind: 'user';
      tenantId: string;
      userId: string;
      role: TUserRole;
      /** Set for customer roles: the only account they may see. */
      accountId: string | null;
      via: 'session' | 'token';
      /** Scopes of the API token; null for sessions (a session has all of its role's rights). */
      scopes: readonly TApiScope[] | null;
      tokenId: string | null;
    }
  | { kind: 'system'; tenantId: string; name: string };

export const vendorRoles = ['vendor_admin', 'support_manager', 'agent'] as const;
export const customerRoles = ['customer_admin', 'customer_contact'] as const;
export type TVendorRole = (typeof vendorRoles)[number];
export type TCustomerRole = (typeof customerRoles)[number];

export function isVendorRole(role: TUserRole): role is TVendorRole {
  return (vendorRoles as readonly string[]).includes(role);
}

export function isCustomerRole(role: TUserRole): role is TCustomerRole {
  return (customerRoles as readonly string[]).includes(role);
}

/** The audit-log label of an actor: `user:<id>`, `token:<id>` or `system:<name>`. */
export function describeActor(actor: TActor): string {
  switch (actor.kind) {
    case 'user':
      return actor.via === 'token' && actor.tokenId ? `token:${actor.tokenId}` : `user:${actor.userId}`;
    case 'system':
      return `system:${actor.name}`;
  }
}

/**
 * The account an actor is confined to, or null when it sees the whole tenant (vendor roles, system).
 * Repositories MUST add `where account_id = <this>` when it is not null — enforcement lives in the
 * queries, so a customer cannot even learn that another account's record exists (404, not 403).
 */
export function visibleAccountId(actor: TActor): string | null {
  switch (actor.kind) {
    case 'system':
      return null;
    case 'user':
      if (isVendorRole(actor.role)) return null;
      // A customer user without an account sees nothing: an id that matches no row.
      return actor.accountId ?? '00000000-0000-0000-0000-000000000000';
  }
}
