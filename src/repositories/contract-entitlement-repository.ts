import type { TDbOrTransaction } from '../db/schema.js';

export type TEntitlementContractRow = {
  id: string;
  pack_id: string;
  pack_version: string;
  plan: string;
  product_id: string | null;
  status: string;
  term_start: string;
  term_end: string;
  auto_renew: boolean;
  service_withheld_on: string | null;
};

/**
 * The account's payment standing, its contracts (narrowed to one contract, a pack, or the pack of a
 * product when asked) and the products its contracts cover. Undefined when the account is not the
 * tenant's.
 */
export async function findEntitlementFacts(
  db: TDbOrTransaction,
  tenantId: string,
  query: { accountId: string; packId?: string; productId?: string | null; contractId?: string },
): Promise<
  | { paymentStatus: 'current' | 'delinquent'; contracts: TEntitlementContractRow[]; productIds: string[] }
  | undefined
> {
  const account = await db
    .selectFrom('accounts')
    .select('payment_status')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', query.accountId)
    .executeTakeFirst();
  if (!account) return undefined;
  const all = await db
    .selectFrom('contracts as k')
    .leftJoin('products as p', (join) =>
      join.onRef('p.tenant_id', '=', 'k.tenant_id').on('p.id', '=', query.productId ?? null),
    )
    .select([
      'k.id',
      'k.pack_id',
      'k.pack_version',
      'k.plan',
      'k.product_id',
      'k.status',
      'k.term_start',
      'k.term_end',
      'k.auto_renew',
      'k.service_withheld_on',
      'p.pack_id as product_pack_id',
    ])
    .where('k.tenant_id', '=', tenantId)
    .where('k.account_id', '=', query.accountId)
    .execute();
  const productIds = [...new Set(all.flatMap((row) => (row.product_id ? [row.product_id] : [])))];
  const contracts = all
    .filter((row) => query.contractId === undefined || row.id === query.contractId)
    .filter((row) => query.packId === undefined || row.pack_id === query.packId)
    .filter(
      (row) =>
        !query.productId ||
        row.product_id === query.productId ||
        (row.product_id === null && (row.product_pack_id ?? row.pack_id) === row.pack_id),
    )
    .map(({ product_pack_id: _, ...row }) => row);
  return { paymentStatus: account.payment_status, contracts, productIds };
}
