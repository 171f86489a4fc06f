import { newId } from '../db/new-id.js';
import type { TDbOrTransaction } from '../db/schema.js';

export type TPrice = { amountMinor: number; currency: string };

/**
 * The price of `item` (a plan id or a SKU like `appliance:<model>` / `trm:<offering>`) in pack
 * `packId` on `onDate` ('YYYY-MM-DD'): the entry with the latest `effective_from` on or before it; a
 * product-specific entry wins over the pack-wide one. Null when the price book has none.
 */
export async function findPrice(
  db: TDbOrTransaction,
  tenantId: string,
  query: { packId: string; item: string; productId?: string | null },
  onDate: string,
): Promise<TPrice | null> {
  const row = await db
    .selectFrom('price_book')
    .select(['amount_minor', 'currency'])
    .where('tenant_id', '=', tenantId)
    .where('pack_id', '=', query.packId)
    .where('item', '=', query.item)
    .where('effective_from', '<=', onDate)
    .where((eb) =>
      query.productId
        ? eb.or([eb('product_id', 'is', null), eb('product_id', '=', query.productId)])
        : eb('product_id', 'is', null),
    )
    .orderBy((eb) => eb.case().when('product_id', 'is', null).then(1).else(0).end())
    .orderBy('effective_from', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? { amountMinor: Number(row.amount_minor), currency: row.currency } : null;
}

/** Adds a dated price (idempotent on tenant, pack, item, product and date: the amount is replaced). */
export async function upsertPrice(
  db: TDbOrTransaction,
  tenantId: string,
  entry: {
    packId: string;
    item: string;
    productId?: string | null;
    effectiveFrom: string;
    amountMinor: number;
    currency: string;
  },
  now: Date,
): Promise<void> {
  const existing = await db
    .selectFrom('price_book')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('pack_id', '=', entry.packId)
    .where('item', '=', entry.item)
    .where('effective_from', '=', entry.effectiveFrom)
    .where((eb) => (entry.productId ? eb('product_id', '=', entry.productId) : eb('product_id', 'is', null)))
    .executeTakeFirst();
  if (existing) {
    await db
      .updateTable('price_book')
      .set({ amount_minor: entry.amountMinor, currency: entry.currency })
      .where('tenant_id', '=', tenantId)
      .where('id', '=', existing.id)
      .execute();
    return;
  }
  await db
    .insertInto('price_book')
    .values({
      tenant_id: tenantId,
      id: newId(now.getTime()),
      pack_id: entry.packId,
      item: entry.item,
      product_id: entry.productId ?? null,
      effective_from: entry.effectiveFrom,
      amount_minor: entry.amountMinor,
      currency: entry.currency,
    })
    .execute();
}
