import type { TUserRow } from '../db/schema.js';
import { isCustomerRole, type TActor } from './actor.js';
import { definePolicy } from './define-policy.js';

export type TUserAction = 'view' | 'change_role' | 'disable' | 'enable';

const isVendorAdmin = (actor: TActor) => actor.kind === 'system' || actor.role === 'vendor_admin';
const isSelf = (actor: TActor, user: TUserRow) => actor.kind === 'user' && actor.userId === user.id;

/** Users: vendor admins manage everyone but themselves (no self-lockout); others only view. */
export const userPolicy = definePolicy<TUserAction, TUserRow>({
  view: (actor, user) =>
    actor.kind === 'system' ||
    isSelf(actor, user) ||
    !isCustomerRole(actor.role) ||
    (actor.accountId !== null && actor.accountId === user.account_id),
  change_role: (actor, user) => isVendorAdmin(actor) && !isSelf(actor, user),
  disable: (actor, user) => isVendorAdmin(actor) && !isSelf(actor, user) && user.disabled_at === null,
  enable: (actor, user) => isVendorAdmin(actor) && user.disabled_at !== null,
});
