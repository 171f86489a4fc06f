import { type Selectable, sql } from 'kysely';
import type { TDb } from '../db/schema.js';
import type { TRecordTables } from '../db/schema-records.js';

/**
 * Generic queries for the plain record tables (accounts, sites, products, contracts, contacts,
 * appliances). Every query is scoped by tenant; `accountId` (from visibleAccountId) confines customer
 * users to their own account — for `accounts` the account column is `id`, for products there is none.
 */
export type TRecordTable = 'accounts' | 'sites' | 'products' | 'contracts' | 'contacts' | 'appliances';
export type TRecordRow<K extends TRecordTable> = Selectable<TRecordTables[K]> & {
  tenant_id: string;
  id: string;
};
export type TRecordScope = { tenantId: string; accountId: string | null };

/** The column that names a record's account (null: the table is not account-owned). */
export const accountColumnOf: Record<TRecordTable, string | null> = {
  accounts: 'id',
  sites: 'account_id',
  products: null,
  contracts: 'account_id',
  contacts: 'account_id',
  appliances: 'account_id',
};

export type TRecordListQuery = {
  /** Equality filters: column → value (undefined values are ignored). */
  filters: Record<string, string | number | boolean | undefined>;
  /** Sort column (ascending, `id` breaks ties) and the keyset position to continue after. */
  sort: string;
  after: { value: string | number | boolean | null; id: string } | null;
  limit: number;
};

// Kysely cannot type queries over a table chosen at run time; the casts stay inside this file.
function from<K extends TRecordTable>(db: TDb, table: K) {
  return db.selectFrom(table as 'accounts');
}

function scoped<K extends TRecordTable>(db: TDb, table: K, scope: TRecordScope) {
  const accountColumn = accountColumnOf[table];
  return from(db, table)
    .selectAll()
    .where('tenant_id', '=', scope.tenantId)
    .$if(accountColumn !== null && scope.accountId !== null, (query) =>
      query.where(sql.ref(accountColumn as string), '=', scope.accountId),
    );
}

export async function findRecord<K extends TRecordTable>(
  db: TDb,
  table: K,
  scope: TRecordScope,
  id: string,
): Promise<TRecordRow<K> | undefined> {
  const row = await scoped(db, table, scope).where('id', '=', id).executeTakeFirst();
  return row as TRecordRow<K> | undefined;
}

/** One keyset page (fetch `limit + 1` to learn whether another page exists). */
export async function listRecords<K extends TRecordTable>(
  db: TDb,
  table: K,
  scope: TRecordScope,
  query: TRecordListQuery,
): Promise<TRecordRow<K>[]> {
  let select = scoped(db, table, scope);
  for (const [column, value] of Object.entries(query.filters)) {
    if (value !== undefined) select = select.where(sql.ref(column), '=', value);
  }
  const sortRef = sql.ref(query.sort);
  if (query.after) {
    const { value, id } = query.after;
    select =
      query.sort === 'id'
        ? select.where('id', '>', id)
        : select.where(sql<boolean>`(${sortRef}, id) > (${value}, ${id})`);
  }
  const rows = await select.orderBy(sortRef).orderBy('id').limit(query.limit).execute();
  return rows as TRecordRow<K>[];
}

export async function insertRecord<K extends TRecordTable>(
  db: TDb,
  table: K,
  values: Record<string, unknown>,
): Promise<TRecordRow<K>> {
  const row = await db
    .insertInto(table as 'accounts')
    .values(values as never)
    .returningAll()
    .executeTakeFirstOrThrow();
  return row as TRecordRow<K>;
}

export async function updateRecord<K extends TRecordTable>(
  db: TDb,
  table: K,
  tenantId: string,
  id: string,
  changes: Record<string, unknown>,
): Promise<TRecordRow<K> | undefined> {
  const row = await db
    .updateTable(table as 'accounts')
    .set(changes as never)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  return row as TRecordRow<K> | undefined;
}

export async function deleteRecord(
  db: TDb,
  table: TRecordTable,
  tenantId: string,
  id: string,
): Promise<void> {
  await db
    .deleteFrom(table as 'accounts')
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .execute();
}
