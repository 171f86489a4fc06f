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
