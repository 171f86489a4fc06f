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

/** Physical appliances of products under a pack (optionally one product), with account and product names. */
export async function listPackPhysicalAppliances(
  db: TDb,
  tenantId: string,
  query: { packId: string; productId?: string | undefined },
) {
  return db
    .selectFrom('appliances as a')
    .innerJoin('products as p', (j) =>
      j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.product_id'),
    )
    .innerJoin('accounts as acc', (j) =>
      j.onRef('acc.tenant_id', '=', 'a.tenant_id').onRef('acc.id', '=', 'a.account_id'),
    )
    .select([
      'a.id',
      'a.account_id',
      'a.product_id',
      'a.serial',
      'a.model',
      'a.kind',
      'a.warranty_end',
      'p.name as product_name',
      'acc.name as account_name',
    ])
    .where('a.tenant_id', '=', tenantId)
    .where('p.pack_id', '=', query.packId)
    .where('a.kind', '=', 'physical')
    .where('a.status', 'in', ['in_service', 'awaiting_return'])
    .$if(query.productId !== undefined, (qb) => qb.where('a.product_id', '=', query.productId ?? ''))
    .orderBy('acc.name')
    .orderBy('a.serial')
    .limit(2000)
    .execute();
}
