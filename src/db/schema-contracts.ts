import type { ColumnType, Insertable, Selectable } from 'kysely';

type TCreated = ColumnType<Date, Date | string | undefined, never>;
type TStamp = ColumnType<Date, Date | string, never>;

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

export const contractTermKinds = ['initial', 'renewal', 'reinstatement'] as const;
export type TContractTermKind = (typeof contractTermKinds)[number];

/** One term of a contract (migration 20261204110000): the pack version and price it runs under. */
export type TContractTermsTable = {
  tenant_id: string;
  id: string;
  contract_id: string;
  term_start: string;
  term_end: string;
  kind: TContractTermKind;
  pack_version: string;
  amount_minor: number | null;
  currency: string | null;
  created_at: TStamp;
};

export const contractNoticeKinds = ['non_renewal', 'change', 'objection', 'breach'] as const;
export type TContractNoticeKind = (typeof contractNoticeKinds)[number];
export const contractParties = ['vendor', 'customer'] as const;
export type TContractParty = (typeof contractParties)[number];

/** A notice as a recorded fact: who gave it and when it was received (deadline/outcome are computed). */
export type TContractNoticesTable = {
  tenant_id: string;
  id: string;
  contract_id: string;
  kind: TContractNoticeKind;
  from_party: TContractParty;
  received_on: string;
  version: string | null;
  reason: string | null;
  cured_on: string | null;
  recorded_by: string;
  created_at: TStamp;
};

export const invoicePurposes = ['renewal', 'reinstatement', 'other'] as const;
export type TInvoicePurpose = (typeof invoicePurposes)[number];

/** An invoice of a contract; amounts in integer minor units of an ISO 4217 currency. */
export type TContractInvoicesTable = {
  tenant_id: string;
  id: string;
  contract_id: string;
  number: string;
  purpose: TInvoicePurpose;
  term_start: string | null;
  issued_on: string;
  due_on: string;
  paid_on: string | null;
  amount_minor: number;
  currency: string;
  created_at: TStamp;
};

/** A reminder the daily job sent (primary key: once per contract, kind and subject). */
export type TContractRemindersTable = {
  tenant_id: string;
  contract_id: string;
  kind: string;
  subject: string;
  sent_at: TStamp;
};

export type TContractTables = {
  price_book: TPriceBookTable;
  contract_terms: TContractTermsTable;
  contract_notices: TContractNoticesTable;
  contract_invoices: TContractInvoicesTable;
  contract_reminders: TContractRemindersTable;
};
export type TPriceBookRow = Selectable<TPriceBookTable>;
export type TNewPrice = Insertable<TPriceBookTable>;
export type TContractTermRow = Selectable<TContractTermsTable>;
export type TContractNoticeRow = Selectable<TContractNoticesTable>;
export type TContractInvoiceRow = Selectable<TContractInvoicesTable>;
