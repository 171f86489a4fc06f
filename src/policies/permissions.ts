import type { TUserRole } from '../db/schema.js';
import type { TActor } from './actor.js';

/** Collection-level rights (no resource yet: "may create users", "may list all users"). */
export type TPermission = 'users:list' | 'users:manage' | 'tokens:manage_own' | 'reports:view';

const permissionsByRole: Record<TUserRole, readonly TPermission[]> = {
  vendor_admin: ['users:list', 'users:manage', 'tokens:manage_own', 'reports:view'],
  support_manager: ['users:list', 'tokens:manage_own', 'reports:view'],
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
