import type { Updateable } from 'kysely';
import type { TDb } from '../db/schema.js';
import type { TApplianceRow, TCaseRow } from '../db/schema-records.js';
import type { TCaseHardwareFindingRow, TNewRma, TRmaRow, TRmasTable } from '../db/schema-rma.js';

/** What opening an RMA reads: the case, the appliance (with product name and site country), the finding. */
export type TRmaOpeningRows = {
  caseRow: TCaseRow;
  appliance: TApplianceRow & { product_name: string | null; site_country: string | null };
  finding: TCaseHardwareFindingRow | undefined;
  accountApplianceKinds: string[];
};

export async function findCaseForRma(
  db: TDb,
  tenantId: string,
  caseId: string,
  accountId: string | null,
): Promise<TCaseRow | undefined> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', caseId)
    .$if(accountId !== null, (qb) => qb.where('account_id', '=', accountId ?? ''))
    .executeTakeFirst();
}

export async function findApplianceWithProduct(db: TDb, tenantId: string, applianceId: string) {
  return db
    .selectFrom('appliances as a')
    .leftJoin('products as p', (j) =>
      j.onRef('p.tenant_id', '=', 'a.tenant_id').onRef('p.id', '=', 'a.product_id'),
    )
    .leftJoin('sites as s', (j) => j.onRef('s.tenant_id', '=', 'a.tenant_id').onRef('s.id', '=', 'a.site_id'))
    .selectAll('a')
    .select(['p.name as product_name', 's.country as site_country'])
    .where('a.tenant_id', '=', tenantId)
    .where('a.id', '=', applianceId)
    .executeTakeFirst();
}

export async function listAccountApplianceKinds(
  db: TDb,
  tenantId: string,
  accountId: string,
): Promise<string[]> {
  const rows = await db
    .selectFrom('appliances')
    .select('kind')
    .distinct()
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .execute();
  return rows.map((r) => r.kind);
}

export async function findHardwareFinding(db: TDb, tenantId: string, caseId: string) {
  return db
    .selectFrom('case_hardware_findings')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
}

export async function upsertHardwareFinding(
  db: TDb,
  row: TCaseHardwareFindingRow,
): Promise<TCaseHardwareFindingRow> {
  const { tenant_id: _t, case_id: _c, ...changes } = row;
  return db
    .insertInto('case_hardware_findings')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'case_id']).doUpdateSet(changes))
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Published release versions of a product, newest first (N, N-1, …), for the IMP-15 check. */
export async function listPublishedVersions(
  db: TDb,
  tenantId: string,
  productId: string | null,
): Promise<string[]> {
  const rows = await db
    .selectFrom('releases')
    .select('version')
    .where('tenant_id', '=', tenantId)
    .where('status', '=', 'published')
    .$if(productId !== null, (qb) => qb.where('product_id', '=', productId ?? ''))
    .orderBy('published_at', 'desc')
    .limit(2)
    .execute();
  return rows.map((r) => r.version);
}

export async function insertRma(db: TDb, row: TNewRma): Promise<TRmaRow> {
  return db.insertInto('rmas').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function findRma(
  db: TDb,
  tenantId: string,
  id: string,
  accountId: string | null,
  options: { forUpdate?: boolean } = {},
): Promise<TRmaRow | undefined> {
  return db
    .selectFrom('rmas')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .$if(accountId !== null, (qb) => qb.where('account_id', '=', accountId ?? ''))
    .$if(options.forUpdate === true, (qb) => qb.forUpdate())
    .executeTakeFirst();
}

export async function findRmaByCaseAppliance(db: TDb, tenantId: string, caseId: string, applianceId: string) {
  return db
    .selectFrom('rmas')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', caseId)
    .where('appliance_id', '=', applianceId)
    .executeTakeFirst();
}

export async function updateRma(
  db: TDb,
  tenantId: string,
  id: string,
  changes: Updateable<TRmasTable>,
): Promise<TRmaRow> {
  return db
    .updateTable('rmas')
    .set(changes)
    .where('tenant_id', '=', tenantId)
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** The vendor's RMA queue (or one account's RMAs): open first, ordered by the next deadline. */
export async function listRmas(
  db: TDb,
  tenantId: string,
  filters: { accountId?: string | null; applianceId?: string; status?: 'open' | 'closed' },
  limit: number,
): Promise<TRmaRow[]> {
  return db
    .selectFrom('rmas')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .$if(!!filters.accountId, (qb) => qb.where('account_id', '=', filters.accountId ?? ''))
    .$if(!!filters.applianceId, (qb) => qb.where('appliance_id', '=', filters.applianceId ?? ''))
    .$if(!!filters.status, (qb) => qb.where('status', '=', filters.status ?? 'open'))
    .orderBy('status', 'desc')
    .orderBy(
      (eb) => eb.ref('next_deadline'),
      (ob) => ob.asc().nullsLast(),
    )
    .orderBy('id')
    .limit(limit)
    .execute();
}

export async function listApplianceHistory(
  db: TDb,
  tenantId: string,
  applianceId: string,
): Promise<TRmaRow[]> {
  return db
    .selectFrom('rmas')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where((eb) =>
      eb.or([eb('appliance_id', '=', applianceId), eb('replacement_appliance_id', '=', applianceId)]),
    )
    .orderBy('created_at', 'desc')
    .execute();
}

/** Open RMAs with a deadline (for the deadline sweep), optionally one tenant. */
export async function listOpenRmasWithDeadlines(db: TDb, tenantId: string | undefined): Promise<TRmaRow[]> {
  return db
    .selectFrom('rmas')
    .selectAll()
    .where('status', '=', 'open')
    .where('next_deadline', 'is not', null)
    .$if(tenantId !== undefined, (qb) => qb.where('tenant_id', '=', tenantId ?? ''))
    .execute();
}

/** Claims a notice: true only for the first process (primary key on tenant, rma, deadline, kind, due). */
export async function claimRmaNotice(
  db: TDb,
  row: {
    tenant_id: string;
    rma_id: string;
    deadline: 'ship_by' | 'return_due';
    kind: 'warning' | 'missed';
    due: Date;
    sent_at: Date;
  },
): Promise<boolean> {
  const inserted = await db
    .insertInto('rma_notices')
    .values(row)
    .onConflict((oc) => oc.doNothing())
    .returning('rma_id')
    .executeTakeFirst();
  return inserted !== undefined;
}
