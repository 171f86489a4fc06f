import type { TDb } from '../db/schema.js';

/** An account's appliances with their product and site names, by serial (the appliance page). */
export async function listAccountAppliances(db: TDb, tenantId: string, accountId: string, limit: number) {
  return db
    .selectFrom('appliances as a')
    .leftJoin('products as p', (j) =>
      j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.product_id'),
    )
    .leftJoin('sites as s', (j) => j.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.site_id'))
    .selectAll('a')
    .select(['p.name as product_name', 's.name as site_name'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.account_id', '=', accountId)
    .orderBy('a.serial')
    .limit(limit)
    .execute();
}
export type TApplianceListRow = Awaited<ReturnType<typeof listAccountAppliances>>[number];
