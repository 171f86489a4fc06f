import type { Insertable } from 'kysely';
import type { TDb } from '../db/schema.js';
import type { TReleaseFileRow, TReleaseFilesTable, TReleaseRow } from '../db/schema-releases.js';

/** Release files (download metadata). Every query is tenant-scoped. */
export async function insertReleaseFile(
  db: TDb,
  row: Insertable<TReleaseFilesTable>,
): Promise<TReleaseFileRow | undefined> {
  return db
    .insertInto('release_files')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'release_id', 'filename']).doNothing())
    .returningAll()
    .executeTakeFirst();
}

/** A file with its release and the release's product pack (undefined when not the tenant's). */
export async function findReleaseFile(
  db: TDb,
  tenantId: string,
  fileId: string,
): Promise<{ file: TReleaseFileRow; release: TReleaseRow } | undefined> {
  const file = await db
    .selectFrom('release_files')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', fileId)
    .executeTakeFirst();
  if (!file) return undefined;
  const release = await db
    .selectFrom('releases')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', file.release_id)
    .executeTakeFirstOrThrow();
  return { file, release };
}

export async function listReleaseFiles(
  db: TDb,
  tenantId: string,
  releaseIds: readonly string[],
): Promise<TReleaseFileRow[]> {
  if (releaseIds.length === 0) return [];
  return db
    .selectFrom('release_files')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('release_id', 'in', [...releaseIds])
    .orderBy('filename')
    .execute();
}

/** Products of the tenant that have at least one published release, by name. */
export async function listProductsWithReleases(db: TDb, tenantId: string) {
  return db
    .selectFrom('products as p')
    .select(['p.id', 'p.name', 'p.pack_id'])
    .where('p.tenant_id', '=', tenantId)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('releases as r')
          .select('r.id')
          .whereRef('r.tenant_id', '=', 'p.tenant_id')
          .whereRef('r.product_id', '=', 'p.id')
          .where('r.status', '=', 'published'),
      ),
    )
    .orderBy('p.name')
    .execute();
}

/** Accounts with a contract on the pack that covers the product (its own or pack-wide), with their engineer. */
export async function listAccountsForProduct(
  db: TDb,
  tenantId: string,
  product: { id: string; pack_id: string },
) {
  return db
    .selectFrom('contracts as k')
    .innerJoin('accounts as a', (join) =>
      join.onRef('a.tenant_id', '=', 'k.tenant_id').onRef('a.id', '=', 'k.account_id'),
    )
    .leftJoin('users as u', (join) =>
      join.onRef('u.tenant_id', '=', 'a.tenant_id').onRef('u.id', '=', 'a.assigned_engineer_id'),
    )
    .select(['a.id as accountId', 'a.name as accountName', 'u.id as engineerId', 'u.email as engineerEmail'])
    .distinct()
    .where('k.tenant_id', '=', tenantId)
    .where('k.pack_id', '=', product.pack_id)
    .where((eb) => eb.or([eb('k.product_id', '=', product.id), eb('k.product_id', 'is', null)]))
    .execute();
}

/** Claims a release notice; false when it was already sent (the primary key makes each one once). */
export async function claimReleaseNotice(
  db: TDb,
  row: {
    tenant_id: string;
    key: string;
    release_id: string;
    account_id: string;
    kind: 'release_available' | 'release_discussion_task';
    sent_at: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('release_notices')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst();
  return inserted !== undefined;
}
