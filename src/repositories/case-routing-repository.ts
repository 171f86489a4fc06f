import type { TDb } from '../db/schema.js';
import type { TCaseQueue, TCaseRow } from '../db/schema-records.js';
import { openCaseStatuses } from '../domain/workflow/case-lifecycle.js';
import { has24x7Contact } from './contact-queries.js';

/** The ids among `userIds` that are vendor users of the tenant (any state). */
export async function findVendorUserIds(
  db: TDb,
  tenantId: string,
  userIds: readonly string[],
): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .selectFrom('users')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('id', 'in', [...userIds])
    .where('role', 'in', ['agent', 'support_manager', 'vendor_admin'])
    .execute();
  return new Set(rows.map((row) => row.id));
}

export async function setCaseQueue(
  db: TDb,
  input: { tenantId: string; caseId: string; queue: TCaseQueue; at: Date },
): Promise<TCaseRow> {
  return db
    .updateTable('cases')
    .set({ queue: input.queue, updated_at: input.at })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.caseId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Open cases of a pack version on some plans and severities (follow-the-sun candidates), oldest first. */
export async function listOpenCasesForRouting(
  db: TDb,
  input: {
    tenantId?: string | undefined;
    packId: string;
    /** Only cases on this version of the pack (each version has its own rule). */
    packVersion: string;
    plans: readonly string[];
    severities: readonly string[];
    limit: number;
  },
): Promise<(TCaseRow & { has24x7: boolean })[]> {
  if (input.plans.length === 0 || input.severities.length === 0) return [];
  const rows = await db
    .selectFrom('cases as c')
    .selectAll('c')
    .select(has24x7Contact('c.tenant_id', 'c.account_id').as('has24x7'))
    .where('c.pack_id', '=', input.packId)
    .where('c.pack_version', '=', input.packVersion)
    .where('c.plan', 'in', [...input.plans])
    .where('c.severity', 'in', [...input.severities])
    .where('c.status', 'in', [...openCaseStatuses])
    .$if(input.tenantId !== undefined, (q) => q.where('c.tenant_id', '=', input.tenantId ?? ''))
    .orderBy('c.opened_at')
    .limit(input.limit)
    .execute();
  return rows.map((row) => ({ ...row, has24x7: Boolean(row.has24x7) }));
}

/** The case under a row lock (the transfer job re-checks it before moving it). */
export async function findCaseForUpdate(
  db: TDb,
  tenantId: string,
  caseId: string,
): Promise<TCaseRow | undefined> {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', caseId)
    .forUpdate()
    .executeTakeFirst();
}

export async function moveCaseToCentre(
  db: TDb,
  input: { tenantId: string; caseId: string; centre: string; assigneeId: string | null; at: Date },
): Promise<TCaseRow> {
  return db
    .updateTable('cases')
    .set({ centre: input.centre, assignee_id: input.assigneeId, updated_at: input.at })
    .where('tenant_id', '=', input.tenantId)
    .where('id', '=', input.caseId)
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Whether the account has a recorded customer 24x7 contact (C5). */
export async function hasCustomer24x7Contact(db: TDb, tenantId: string, accountId: string): Promise<boolean> {
  const row = await db
    .selectFrom('contacts')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', accountId)
    .where('is_24x7_contact', '=', true)
    .executeTakeFirst();
  return row !== undefined;
}
