import type { Insertable } from 'kysely';
import type { TDb } from '../db/schema.js';
import type { TTenantPackRow, TTenantPacksTable } from '../db/schema-packs.js';

/** Tenant pack versions. Every query is scoped by tenant (the job sweeps: by one tenant or all). */
export async function insertTenantPack(db: TDb, row: Insertable<TTenantPacksTable>): Promise<TTenantPackRow> {
  return db.insertInto('tenant_packs').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findTenantPack(
  db: TDb,
  tenantId: string,
  packId: string,
  version: string,
): Promise<TTenantPackRow | undefined> {
  return db
    .selectFrom('tenant_packs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('pack_id', '=', packId)
    .where('version', '=', version)
    .executeTakeFirst();
}

/** A tenant's versions of one pack (or of every pack), oldest effective date first. */
export async function listTenantPacks(
  db: TDb,
  tenantId: string,
  options: { packId?: string; publishedOnly?: boolean } = {},
): Promise<TTenantPackRow[]> {
  return db
    .selectFrom('tenant_packs')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .$if(options.packId !== undefined, (q) => q.where('pack_id', '=', options.packId as string))
    .$if(options.publishedOnly === true, (q) => q.where('status', '=', 'published'))
    .orderBy('pack_id')
    .orderBy('effective_from')
    .orderBy('uploaded_at')
    .execute();
}

export async function markTenantPackPublished(
  db: TDb,
  tenantId: string,
  id: string,
  publishedBy: string,
  at: Date,
): Promise<TTenantPackRow> {
  return db
    .updateTable('tenant_packs')
    .set({ status: 'published', published_by: publishedBy, published_at: at })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

export type TPreviewCaseRow = {
  id: string;
  number: number;
  title: string;
  pack_version: string;
  plan: string;
  severity: string;
  centre: string;
  opened_at: Date;
  sla_input: unknown;
};

/** Cases of a tenant on a pack opened in [from, to), oldest first, at most `limit`. */
export async function listCasesOnPack(
  db: TDb,
  tenantId: string,
  packId: string,
  range: { from: Date; to: Date },
  limit: number,
): Promise<TPreviewCaseRow[]> {
  return db
    .selectFrom('cases')
    .select(['id', 'number', 'title', 'pack_version', 'plan', 'severity', 'centre', 'opened_at', 'sla_input'])
    .where('tenant_id', '=', tenantId)
    .where('pack_id', '=', packId)
    .where('opened_at', '>=', range.from)
    .where('opened_at', '<', range.to)
    .orderBy('opened_at')
    .orderBy('id')
    .limit(limit)
    .execute();
}

export type TPreviewMilestoneRow = {
  case_id: string;
  name: string;
  kind: string;
  due_at: Date | null;
};

export async function listMilestonesOfCases(
  db: TDb,
  tenantId: string,
  caseIds: readonly string[],
): Promise<TPreviewMilestoneRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('case_milestones')
    .select(['case_id', 'name', 'kind', 'due_at'])
    .where('tenant_id', '=', tenantId)
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('position')
    .execute();
}

/** Published versions of one tenant, or of every tenant (background sweeps without a tenant). */
export async function listPublishedTenantPacks(
  db: TDb,
  tenantId: string | undefined,
): Promise<TTenantPackRow[]> {
  return db
    .selectFrom('tenant_packs')
    .selectAll()
    .where('status', '=', 'published')
    .$if(tenantId !== undefined, (q) => q.where('tenant_id', '=', tenantId as string))
    .orderBy('tenant_id')
    .orderBy('pack_id')
    .orderBy('effective_from')
    .execute();
}
