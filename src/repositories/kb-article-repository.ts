import { type SqlBool, sql } from 'kysely';
import type { TDb } from '../db/schema.js';
import type { TKbArticleRow, TNewKbArticle } from '../db/schema-center.js';
import type { TArticleStatus } from '../domain/center/article-lifecycle.js';
import { highlightStart, highlightStop, type TArticleSearchRow } from '../domain/center/search-highlight.js';

/** Which articles a reader may see; `null` fields mean no restriction (vendor staff). */
export type TArticleScope = {
  tenantId: string;
  /** Customers: published customer articles of these packs only. */
  customer: { packIds: readonly string[]; productIds: readonly string[] | 'all' } | null;
};

export type { TArticleSearchRow };

const headlineOptions = `StartSel=${highlightStart}, StopSel=${highlightStop}, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

const articleColumns = [
  'tenant_id',
  'id',
  'pack_id',
  'product_id',
  'version',
  'title',
  'body',
  'audience',
  'status',
  'author_id',
  'published_at',
  'created_at',
  'updated_at',
] as const;

export async function insertArticle(db: TDb, row: TNewKbArticle): Promise<Omit<TKbArticleRow, 'search'>> {
  return db.insertInto('kb_articles').values(row).returning(articleColumns).executeTakeFirstOrThrow();
}

export async function updateArticle(
  db: TDb,
  tenantId: string,
  id: string,
  changes: Partial<
    Pick<
      TNewKbArticle,
      'title' | 'body' | 'pack_id' | 'product_id' | 'version' | 'audience' | 'status' | 'published_at'
    >
  > & { updated_at: Date },
): Promise<Omit<TKbArticleRow, 'search'>> {
  return db
    .updateTable('kb_articles')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returning(articleColumns)
    .executeTakeFirstOrThrow();
}

/** One article within the reader's scope (customers: 404 for anything they may not read). */
export async function findArticle(
  db: TDb,
  scope: TArticleScope,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<Omit<TKbArticleRow, 'search'> | undefined> {
  let query = db
    .selectFrom('kb_articles')
    .select(articleColumns)
    .where('tenant_id', '=', scope.tenantId)
    .where('id', '=', id)
    .where((eb) => restrictToScope(eb, scope));
  if (options.forUpdate) query = query.forUpdate();
  return query.executeTakeFirst();
}

export type TArticleFilters = {
  q?: string | undefined;
  /** Match any word (case-title suggestions) instead of all words. */
  anyWord?: boolean;
  packId?: string | undefined;
  productId?: string | undefined;
  version?: string | undefined;
  status?: TArticleStatus | undefined;
};

/**
 * Articles in scope, newest first, or — with `q` — by full-text rank with highlighted fragments
 * (PostgreSQL `websearch_to_tsquery` and `ts_headline`, the same on PGlite).
 */
export async function searchArticles(
  db: TDb,
  scope: TArticleScope,
  filters: TArticleFilters,
  limit: number,
): Promise<TArticleSearchRow[]> {
  const q = filters.q?.trim() ?? '';
  const query = q
    ? filters.anyWord
      ? sql`replace(plainto_tsquery('english', ${q})::text, '&', '|')::tsquery`
      : sql`websearch_to_tsquery('english', ${q})`
    : null;
  let select = db
    .selectFrom('kb_articles')
    .select(articleColumns)
    .where('tenant_id', '=', scope.tenantId)
    .where((eb) => restrictToScope(eb, scope));
  if (filters.packId) select = select.where('pack_id', '=', filters.packId);
  if (filters.productId) select = select.where('product_id', '=', filters.productId);
  if (filters.version) select = select.where('version', '=', filters.version);
  if (filters.status) select = select.where('status', '=', filters.status);
  if (!query) {
    return select
      .select([sql<null>`null`.as('title_highlight'), sql<null>`null`.as('body_highlight')])
      .orderBy('updated_at', 'desc')
      .orderBy('id')
      .limit(limit)
      .execute();
  }
  return select
    .where(sql<SqlBool>`search @@ ${query}`)
    .select([
      sql<string>`ts_headline('english', title, ${query}, ${headlineOptions})`.as('title_highlight'),
      sql<string>`ts_headline('english', body, ${query}, ${headlineOptions})`.as('body_highlight'),
    ])
    .orderBy(sql`ts_rank(search, ${query})`, 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
}

// biome-ignore lint/suspicious/noExplicitAny: Kysely's expression builder for kb_articles
function restrictToScope(eb: any, scope: TArticleScope) {
  const customer = scope.customer;
  if (customer === null) return eb.val(true);
  if (customer.packIds.length === 0) return eb.val(false);
  const conditions = [
    eb('status', '=', 'published'),
    eb('audience', '=', 'customer'),
    eb('pack_id', 'in', customer.packIds),
  ];
  if (customer.productIds !== 'all') {
    conditions.push(
      customer.productIds.length === 0
        ? eb('product_id', 'is', null)
        : eb.or([eb('product_id', 'is', null), eb('product_id', 'in', customer.productIds)]),
    );
  }
  return eb.and(conditions);
}

/** A product's pack (articles may be filed under a product of their pack). */
export async function findProductPack(
  db: TDb,
  tenantId: string,
  productId: string,
): Promise<{ id: string; pack_id: string } | undefined> {
  return db
    .selectFrom('products')
    .select(['id', 'pack_id'])
    .where('tenant_id', '=', tenantId)
    .where('id', '=', productId)
    .executeTakeFirst();
}

/** An article by its exact title (the demo seed stays idempotent with it). */
export async function findArticleIdByTitle(
  db: TDb,
  tenantId: string,
  title: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('kb_articles')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('title', '=', title)
    .executeTakeFirst();
  return row?.id;
}
