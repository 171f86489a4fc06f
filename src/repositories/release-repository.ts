import type { TDb } from '../db/schema.js';
import type { TCaseRow } from '../db/schema-records.js';
import type { TNewRelease, TReleaseRow } from '../db/schema-releases.js';

/** Releases and the cases whose defect they fix. Every query is tenant-scoped. */
export async function insertRelease(trx: TDb, row: TNewRelease): Promise<TReleaseRow> {
  return trx.insertInto('releases').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findRelease(db: TDb, tenantId: string, id: string): Promise<TReleaseRow | undefined> {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findReleaseByVersion(
  db: TDb,
  tenantId: string,
  productId: string | null,
  version: string,
): Promise<TReleaseRow | undefined> {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('version', '=', version)
    .where((eb) => (productId === null ? eb('product_id', 'is', null) : eb('product_id', '=', productId)))
    .executeTakeFirst();
}

export async function listReleases(
  db: TDb,
  tenantId: string,
  filters: { status?: TReleaseRow['status'] | undefined; productId?: string | undefined },
  limit: number,
): Promise<TReleaseRow[]> {
  return db
    .selectFrom('releases')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .$if(filters.status !== undefined, (q) => q.where('status', '=', filters.status as TReleaseRow['status']))
    .$if(filters.productId !== undefined, (q) => q.where('product_id', '=', filters.productId as string))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

/** Marks a planned release published; undefined when it already was (idempotent publish). */
export async function markReleasePublished(
  trx: TDb,
  tenantId: string,
  id: string,
  by: string,
  at: Date,
  gaDate: string,
): Promise<TReleaseRow | undefined> {
  return trx
    .updateTable('releases')
    .set({ status: 'published', published_by: by, published_at: at, ga_date: gaDate })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .where('status', '=', 'planned')
    .returningAll()
    .executeTakeFirst();
}

/** Cases whose defect outcome points at the release and whose customer has not been told yet. */
export async function claimCasesToNotify(
  trx: TDb,
  tenantId: string,
  releaseId: string,
  at: Date,
): Promise<TCaseRow[]> {
  return trx
    .updateTable('cases')
    .set({ release_notified_at: at })
    .where('tenant_id', '=', tenantId)
    .where('outcome_release_id', '=', releaseId)
    .where('release_notified_at', 'is', null)
    .returningAll()
    .execute();
}

/** How many cases each release fixes (for the release list). */
export async function countFixedCases(db: TDb, tenantId: string, releaseIds: readonly string[]) {
  if (releaseIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom('cases')
    .select(['outcome_release_id', (eb) => eb.fn.countAll<string>().as('count')])
    .where('tenant_id', '=', tenantId)
    .where('outcome_release_id', 'in', [...releaseIds])
    .groupBy('outcome_release_id')
    .execute();
  return new Map(rows.map((row) => [row.outcome_release_id as string, Number(row.count)]));
}

/** Every release of the given products (published and planned), oldest GA first (the roadmap). */
export async function listProductReleases(
  db: TDb,
  tenantId: string,
  productIds: readonly string[],
): Promise<TReleaseRow[]> {
  if (productIds.length === 0) return [];
  return db
    .selectFrom('releases')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('product_id', 'in', [...productIds])
    .orderBy('ga_date', 'asc')
    .orderBy('created_at', 'asc')
    .execute();
}
