import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { TJson, TTimestamp } from './schema.js';

type TDateColumn = ColumnType<string, string, string>;

export const trmBookingKinds = ['remote', 'onsite', 'voucher'] as const;
export const healthCheckIds = [
  'trained_contact',
  'supported_version',
  'updates_installed',
  'test_environment',
  'approved_appliances',
] as const;
export type THealthCheckId = (typeof healthCheckIds)[number];
export const healthCheckStatuses = ['met', 'not_met', 'unknown'] as const;
export type THealthCheckStatus = (typeof healthCheckStatuses)[number];

/** A customer's TRM subscription (IVA-41, IVA-46): an offering of the pack from a purchase date. */
export type TTrmSubscriptionsTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  pack_id: string;
  offering: string;
  purchased_on: TDateColumn;
  non_renewal_notice_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: ColumnType<Date, Date | string | undefined, never>;
  updated_at: ColumnType<Date, Date | string | undefined, Date | string>;
};

export type TTrmBookingsTable = {
  tenant_id: string;
  id: string;
  subscription_id: string;
  kind: (typeof trmBookingKinds)[number];
  days: string[];
  person: string | null;
  course: string | null;
  term_start: TDateColumn;
  status: 'booked' | 'cancelled';
  created_by: string;
  created_at: TTimestamp;
};

export type TTrmLedgerEntriesTable = {
  tenant_id: string;
  id: string;
  subscription_id: string;
  kind: 'booking' | 'expiry';
  term_start: TDateColumn;
  entry_date: TDateColumn;
  days: number;
  onsite_days: number;
  vouchers: number;
  booking_id: string | null;
  created_at: TTimestamp;
};

export type TAcademySubscriptionsTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  offering: string;
  user_licences: number;
  instructor_led_classes: number;
  starts_on: TDateColumn;
  ends_on: TDateColumn;
  created_at: ColumnType<Date, Date | string | undefined, never>;
};

export type TUsageInstallationsTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  name: string;
  token_hash: string;
  created_at: TTimestamp;
  revoked_at: TTimestamp | null;
};

export type TUsageDailySummariesTable = {
  tenant_id: string;
  installation_id: string;
  day: TDateColumn;
  account_id: string;
  software_version: string;
  summary: TJson;
  received_at: TTimestamp;
};

export type TUsageOptOutsTable = {
  tenant_id: string;
  account_id: string;
  case_id: string;
  opted_out_at: TTimestamp;
  recorded_by: string;
};

export type TAccountHealthChecksTable = {
  tenant_id: string;
  account_id: string;
  check_id: THealthCheckId;
  status: THealthCheckStatus;
  note: string;
  updated_by: string;
  updated_at: TTimestamp;
};

export type TTrainingTables = {
  trm_subscriptions: TTrmSubscriptionsTable;
  trm_bookings: TTrmBookingsTable;
  trm_ledger_entries: TTrmLedgerEntriesTable;
  academy_subscriptions: TAcademySubscriptionsTable;
  usage_installations: TUsageInstallationsTable;
  usage_daily_summaries: TUsageDailySummariesTable;
  usage_opt_outs: TUsageOptOutsTable;
  account_health_checks: TAccountHealthChecksTable;
};

export type TTrmSubscriptionRow = Selectable<TTrmSubscriptionsTable>;
export type TTrmBookingRow = Selectable<TTrmBookingsTable>;
export type TTrmLedgerRow = Selectable<TTrmLedgerEntriesTable>;
export type TAcademySubscriptionRow = Selectable<TAcademySubscriptionsTable>;
export type TUsageInstallationRow = Selectable<TUsageInstallationsTable>;
export type TUsageSummaryRow = Selectable<TUsageDailySummariesTable>;
export type TUsageOptOutRow = Selectable<TUsageOptOutsTable>;
export type THealthCheckRow = Selectable<TAccountHealthChecksTable>;
export type TNewTrmBooking = Insertable<TTrmBookingsTable>;
