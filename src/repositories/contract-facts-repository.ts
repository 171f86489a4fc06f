import { type Expression, type Insertable, sql } from 'kysely';
import type { TDbOrTransaction } from '../db/schema.js';
import type {
  TContractInvoiceRow,
  TContractInvoicesTable,
  TContractNoticeRow,
  TContractNoticesTable,
  TContractTermRow,
  TContractTermsTable,
} from '../db/schema-contracts.js';
import type { TContractRow } from '../db/schema-records.js';

/** One contract of the tenant (and of `accountId` when given), optionally locked for the transaction. */
export async function findContractRow(
  db: TDbOrTransaction,
  tenantId: string,
  contractId: string,
  options: { accountId?: string | null; lock?: boolean } = {},
): Promise<TContractRow | undefined> {
  let query = db
    .selectFrom('contracts')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', contractId);
  if (options.accountId) query = query.where('account_id', '=', options.accountId);
  if (options.lock) query = query.forUpdate();
  return query.executeTakeFirst();
}

/** Terms, notices and invoices of the given contracts, each sorted by date. */
export async function findContractFacts(
  db: TDbOrTransaction,
  tenantId: string,
  contractIds: readonly string[],
): Promise<{ terms: TContractTermRow[]; notices: TContractNoticeRow[]; invoices: TContractInvoiceRow[] }> {
  if (contractIds.length === 0) return { terms: [], notices: [], invoices: [] };
  const ids = [...contractIds];
  const [terms, notices, invoices] = await Promise.all([
    db
      .selectFrom('contract_terms')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('contract_id', 'in', ids)
      .orderBy('term_start')
      .execute(),
    db
      .selectFrom('contract_notices')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('contract_id', 'in', ids)
      .orderBy('received_on')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('contract_invoices')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('contract_id', 'in', ids)
      .orderBy('due_on')
      .orderBy('number')
      .execute(),
  ]);
  return {
    terms: terms.map((row) => ({
      ...row,
      amount_minor: row.amount_minor === null ? null : Number(row.amount_minor),
    })),
    notices,
    invoices: invoices.map((row) => ({ ...row, amount_minor: Number(row.amount_minor) })),
  };
}

export async function hasContractTerms(
  db: TDbOrTransaction,
  tenantId: string,
  contractId: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('contract_terms')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('contract_id', '=', contractId)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Adds a term unless one already starts that day (idempotent per contract and start). */
export async function insertContractTerm(
  db: TDbOrTransaction,
  row: Insertable<TContractTermsTable>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('contract_terms')
    .values(row)
    .onConflict((oc) => oc.columns(['tenant_id', 'contract_id', 'term_start']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

export async function insertContractNotice(
  db: TDbOrTransaction,
  row: Insertable<TContractNoticesTable>,
): Promise<TContractNoticeRow> {
  return db.insertInto('contract_notices').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function setNoticeCured(
  db: TDbOrTransaction,
  tenantId: string,
  noticeId: string,
  curedOn: string,
): Promise<void> {
  await db
    .updateTable('contract_notices')
    .set({ cured_on: curedOn })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', noticeId)
    .execute();
}

export async function insertContractInvoice(
  db: TDbOrTransaction,
  row: Insertable<TContractInvoicesTable>,
): Promise<TContractInvoiceRow> {
  const inserted = await db
    .insertInto('contract_invoices')
    .values(row)
    .returningAll()
    .executeTakeFirstOrThrow();
  return { ...inserted, amount_minor: Number(inserted.amount_minor) };
}

export async function invoiceNumberTaken(
  db: TDbOrTransaction,
  tenantId: string,
  number: string,
): Promise<boolean> {
  const row = await db
    .selectFrom('contract_invoices')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('number', '=', number)
    .executeTakeFirst();
  return row !== undefined;
}

export async function findContractInvoice(
  db: TDbOrTransaction,
  tenantId: string,
  invoiceId: string,
): Promise<TContractInvoiceRow | undefined> {
  const row = await db
    .selectFrom('contract_invoices')
    .selectAll()
    .where('tenant_id', '=', tenantId)
    .where('id', '=', invoiceId)
    .forUpdate()
    .executeTakeFirst();
  return row ? { ...row, amount_minor: Number(row.amount_minor) } : undefined;
}

export async function setInvoicePaid(
  db: TDbOrTransaction,
  tenantId: string,
  invoiceId: string,
  paidOn: string,
): Promise<void> {
  await db
    .updateTable('contract_invoices')
    .set({ paid_on: paidOn })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', invoiceId)
    .execute();
}

/** Sets (or clears, with null) the day service was withheld, and the contract's current term. */
export async function updateContractStanding(
  db: TDbOrTransaction,
  tenantId: string,
  contractId: string,
  changes: { service_withheld_on?: string | null; term_start?: string; term_end?: string },
  now: Date,
): Promise<void> {
  await db
    .updateTable('contracts')
    .set({ ...changes, updated_at: now })
    .where('tenant_id', '=', tenantId)
    .where('id', '=', contractId)
    .execute();
}

export type TStandingFacts = {
  terms: Pick<TContractTermRow, 'contract_id' | 'term_start' | 'term_end'>[];
  notices: Pick<
    TContractNoticeRow,
    'contract_id' | 'id' | 'kind' | 'from_party' | 'received_on' | 'version' | 'reason' | 'cured_on'
  >[];
  invoices: Pick<TContractInvoiceRow, 'contract_id' | 'id' | 'due_on' | 'paid_on'>[];
};

/**
 * A JSON expression with one contract's terms, notices and invoice dates (what its standing needs),
 * so callers read them inside the query that reads the contract.
 */
export function standingFactsOf(tenantId: Expression<string>, contractId: Expression<string>) {
  return sql<TStandingFacts>`json_build_object(
    'terms', coalesce((select json_agg(json_build_object('contract_id', t.contract_id,
        'term_start', t.term_start, 'term_end', t.term_end) order by t.term_start)
      from contract_terms t where t.tenant_id = ${tenantId} and t.contract_id = ${contractId}), '[]'::json),
    'notices', coalesce((select json_agg(json_build_object('contract_id', n.contract_id, 'id', n.id,
        'kind', n.kind, 'from_party', n.from_party, 'received_on', n.received_on, 'version', n.version,
        'reason', n.reason, 'cured_on', n.cured_on) order by n.received_on, n.id)
      from contract_notices n where n.tenant_id = ${tenantId} and n.contract_id = ${contractId}), '[]'::json),
    'invoices', coalesce((select json_agg(json_build_object('contract_id', i.contract_id, 'id', i.id,
        'due_on', i.due_on, 'paid_on', i.paid_on) order by i.due_on)
      from contract_invoices i where i.tenant_id = ${tenantId} and i.contract_id = ${contractId}), '[]'::json)
  )`;
}

/** What the standing of the given contracts needs (terms, notices, invoice dates), in one statement. */
export async function findStandingFacts(
  db: TDbOrTransaction,
  tenantId: string,
  contractIds: readonly string[],
): Promise<TStandingFacts> {
  const merged: TStandingFacts = { terms: [], notices: [], invoices: [] };
  if (contractIds.length === 0) return merged;
  const rows = await db
    .selectFrom('contracts as k')
    .select((eb) => standingFactsOf(eb.ref('k.tenant_id'), eb.ref('k.id')).as('facts'))
    .where('k.tenant_id', '=', tenantId)
    .where('k.id', 'in', [...contractIds])
    .execute();
  for (const { facts } of rows) {
    merged.terms.push(...facts.terms);
    merged.notices.push(...facts.notices);
    merged.invoices.push(...facts.invoices);
  }
  return merged;
}

/** Contract ids of the tenant by reference. */
export async function findContractIdsByReference(
  db: TDbOrTransaction,
  tenantId: string,
): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('contracts')
    .select(['id', 'reference'])
    .where('tenant_id', '=', tenantId)
    .execute();
  return new Map(rows.map((row) => [row.reference, row.id]));
}
