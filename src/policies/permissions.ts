import type { TUserRole } from '../db/schema.js';
import type { TActor } from './actor.js';

/** Collection-level rights (no resource yet: "may create users", "may list all users"). */
export const permissions = [
  'users:list',
  'users:manage',
  'tokens:manage_own',
  'reports:view',
  'cases:view_escalated',
] as const;
export type TPermission = (typeof permissions)[number];

const permissionsByRole: Record<TUserRole, readonly TPermission[]> = {
  vendor_admin: ['users:list', 'users:manage', 'tokens:manage_own', 'reports:view', 'cases:view_escalated'],
  support_manager: ['users:list', 'tokens:manage_own', 'reports:view', 'cases:view_escalated'],
  agent: ['tokens:manage_own', 'reports:view'],
  customer_admin: ['users:list', 'tokens:manage_own'],
  customer_contact: ['tokens:manage_own'],
};

export function hasPermission(actor: TActor, permission: TPermission): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'user':
      return permissionsByRole[actor.role].includes(permission);
  }
}

/** A role's rights, for the signed-in user's session (the web app shows only what the API allows). */
export function listPermissionsOfRole(role: TUserRole): readonly TPermission[] {
  return permissionsByRole[role];
}
