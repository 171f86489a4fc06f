import type { TDb } from '../db/schema.js';
import { vendorRoles } from '../policies/actor.js';

export type TAssigneeRow = { id: string; name: string; role: string };

/** Active vendor users of a tenant (who a case may be assigned to), by name. */
export async function listAssignableUsers(db: TDb, tenantId: string): Promise<TAssigneeRow[]> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'role'])
    .where('tenant_id', '=', tenantId)
    .where('role', 'in', [...vendorRoles])
    .where('disabled_at', 'is', null)
    .orderBy('name')
    .orderBy('id')
    .limit(1000)
    .execute();
}
