import type { ColumnType, Insertable, Selectable } from 'kysely';

type TCreated = ColumnType<Date, Date | string | undefined, never>;

/** A dated price (migration 20261203110000-create-price-book); bigint read as number. */
export type TPriceBookTable = {
  tenant_id: string;
  id: string;
  pack_id: string;
  item: string;
  product_id: string | null;
  effective_from: string;
  amount_minor: ColumnType<number, number, number>;
  currency: string;
  created_at: TCreated;
};

export type TContractTables = { price_book: TPriceBookTable };
export type TPriceBookRow = Selectable<TPriceBookTable>;
export type TNewPrice = Insertable<TPriceBookTable>;
