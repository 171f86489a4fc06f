import type { ColumnType, Insertable, Selectable } from 'kysely';
import { caseStatuses, type TCaseStatus } from '../domain/workflow/case-lifecycle.js';

/**
 * Table types of the system of record (migration 20261124193000-create-record-tables); composed into
 * `TDatabase` in ./schema.ts. Same conventions as there: timestamptz → Date, date → 'YYYY-MM-DD',
 * bigint → number, jsonb → parsed JSON (write with JSON.stringify).
 */
type TStamp = ColumnType<Date, Date | string, Date | string>;
type TCreated = ColumnType<Date, Date | string | undefined, never>;
type TUpdated = ColumnType<Date, Date | string | undefined, Date | string>;
type TJsonColumn = ColumnType<unknown, string, string>;
type TNullableJson = ColumnType<unknown, string | null, string | null>;
type TDefaulted<T> = ColumnType<T, T | undefined, T>;

export const accountRegions = ['americas', 'emea', 'apac'] as const;
export type TAccountRegion = (typeof accountRegions)[number];
export const paymentStatuses = ['current', 'delinquent'] as const;
export type TPaymentStatus = (typeof paymentStatuses)[number];
export const productKinds = ['software', 'appliance', 'virtual_appliance'] as const;
export type TProductKind = (typeof productKinds)[number];
export const contractChannels = ['direct', 'reseller'] as const;
export type TContractChannel = (typeof contractChannels)[number];
export const contractStatuses = ['active', 'suspended', 'lapsed', 'terminated', 'pending'] as const;
export type TContractStatus = (typeof contractStatuses)[number];
// The case status list is declared once, with the lifecycle table, in the domain.
export { caseStatuses, type TCaseStatus };
export const caseChannels = ['portal', 'phone', 'email'] as const;
export type TCaseChannel = (typeof caseChannels)[number];
export const caseQueues = ['standard', 'on_call'] as const;
export type TCaseQueue = (typeof caseQueues)[number];
export const milestoneKinds = ['deadline', 'next_release', 'no_commitment', 'not_eligible'] as const;
export type TMilestoneKindColumn = (typeof milestoneKinds)[number];
export const visibilities = ['public', 'internal'] as const;
export type TVisibility = (typeof visibilities)[number];

export type TAccountsTable = {
  tenant_id: string;
  id: string;
  name: string;
  region: TAccountRegion;
  payment_status: TDefaulted<TPaymentStatus>;
  /** IVA-25 Assigned Support Engineer (a vendor user) and the back-up engineer; null = none. */
  assigned_engineer_id: TDefaulted<string | null>;
  backup_engineer_id: TDefaulted<string | null>;
  created_at: TCreated;
  updated_at: TUpdated;
};

export type TSitesTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  name: string;
  country: string | null;
  address: string | null;
  created_at: TCreated;
  updated_at: TUpdated;
};

export type TProductsTable = {
  tenant_id: string;
  id: string;
  pack_id: string;
  name: string;
  kind: TProductKind;
  created_at: TCreated;
  updated_at: TUpdated;
};

export type TContractsTable = {
  tenant_id: string;
  id: string;
  reference: string;
  account_id: string;
  product_id: string | null;
  pack_id: string;
  pack_version: string;
  plan: string;
  channel: TContractChannel;
  term_start: string;
  term_end: string;
  status: TContractStatus;
  licences: TDefaulted<number>;
  auto_renew: TDefaulted<boolean>;
  /** Appliance ship date the initial Imprivata term is computed from (K1). */
  ship_date: TDefaulted<string | null>;
  /** The vendor withheld service for non-payment from this date (IMP-10). */
  service_withheld_on: TDefaulted<string | null>;
  created_at: TCreated;
  updated_at: TUpdated;
};

export type TContactsTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  user_id: string | null;
  name: string;
  email: string;
  phone: string | null;
  is_24x7_contact: TDefaulted<boolean>;
  read_only: TDefaulted<boolean>;
  created_at: TCreated;
  updated_at: TUpdated;
};

export type TApplianceStatus = 'in_service' | 'awaiting_return' | 'returned' | 'replaced' | 'retired';

export type TAppliancesTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  product_id: string | null;
  site_id: string | null;
  serial: string;
  model: string;
  ship_date: string;
  /** Written by the system only: K1 from the ship date, or inherited by a replacement (H2). */
  warranty_end: string;
  kind: ColumnType<
    'physical' | 'virtual' | 'third_party',
    'physical' | 'virtual' | 'third_party' | undefined,
    'physical' | 'virtual' | 'third_party'
  >;
  software_version: ColumnType<string | null, string | null | undefined, string | null>;
  status: ColumnType<TApplianceStatus, TApplianceStatus | undefined, TApplianceStatus>;
  replaces_appliance_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: TCreated;
  updated_at: TUpdated;
};

export type TCasesTable = {
  tenant_id: string;
  id: string;
  number: number;
  account_id: string;
  contract_id: string;
  product_id: string | null;
  title: string;
  description: string;
  /** Incident details the pack asks for at intake (e.g. IVA-23: example, context, configuration, steps). */
  details: TJsonColumn;
  pack_id: string;
  pack_version: string;
  plan: string;
  severity: string;
  channel: TCaseChannel;
  centre: string;
  status: TCaseStatus;
  tier: TDefaulted<number>;
  assignee_id: string | null;
  /** `on_call`: an after-hours emergency taken by phone (IMP-40); everything else `standard`. */
  queue: TDefaulted<TCaseQueue>;
  /** Audit label of who opened it (`user:<id>`, `token:<id>`, `system:<name>`). */
  opened_by: string;
  opened_at: TStamp;
  received_at: TStamp;
  /** The `TSlaInput` the milestones were computed from (instants as epoch ms): re-targeting needs it. */
  sla_input: TJsonColumn;
  /** Earliest pending deadline of the case (denormalised for the agent queue); null when none. */
  next_due_at: TStamp | null;
  resolved_at: TStamp | null;
  closed_at: TStamp | null;
  /** Tier 3 category (IMP-58) and its requirement checklist `[{item, label, provided}]`. */
  tier3_category: string | null;
  tier3_checklist: TNullableJson;
  /** First tier or support-manager escalation (the support manager's view lists these). */
  escalated_at: TStamp | null;
  /** `{kind: 'product_defect', releaseId, fixVersion}` or `{kind: 'configuration_change', riskReview}`. */
  outcome: TNullableJson;
  outcome_release_id: string | null;
  /** When the customer was told that the release fixing the defect is out. */
  release_notified_at: TStamp | null;
  /** Incident details its pack version requires, set on opening (null: opened before they were stored). */
  required_details: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
  /** An open case with an unmet `not_eligible` milestone (portal S1, reading C3): sorts first, flagged. */
  needs_phone_call: TDefaulted<boolean>;
  /** The version the customer runs, as given at intake (issue 15). */
  customer_version: ColumnType<string | null, string | null | undefined, string | null>;
  /** The version's support status at intake (`TCaseVersionSupport`), computed from the pack rule (H3). */
  version_support: ColumnType<unknown, string | null | undefined, string | null>;
  /** IMP-16 `excluded` or IVA-38/39 `referred_to_professional_services`: ends the SLA obligations. */
  disposition: ColumnType<
    TCaseDisposition | null,
    TCaseDisposition | null | undefined,
    TCaseDisposition | null
  >;
  disposition_reason: ColumnType<string | null, string | null | undefined, string | null>;
  created_at: TCreated;
  updated_at: TUpdated;
};

export const caseDispositions = ['excluded', 'referred_to_professional_services'] as const;
export type TCaseDisposition = (typeof caseDispositions)[number];

export type TCaseMilestonesTable = {
  tenant_id: string;
  id: string;
  case_id: string;
  /** Order of the milestone in the SLA result. */
  position: number;
  name: string;
  kind: TMilestoneKindColumn;
  due_at: TStamp | null;
  target: string;
  clock: string;
  clause: string | null;
  explanation: TJsonColumn;
  /** `{start, clock}` of deadlines (epoch ms), as resolveSla returns it. */
  timing: TNullableJson;
  met_at: TStamp | null;
  breached_at: TStamp | null;
  warned_at: TStamp | null;
  paused_ms: TDefaulted<number>;
  consumed_ms: TDefaulted<number>;
  created_at: TCreated;
  updated_at: TUpdated;
};

export type TCaseCommentsTable = {
  tenant_id: string;
  id: string;
  case_id: string;
  author_id: string | null;
  author: string;
  visibility: TVisibility;
  body: string;
  created_at: TStamp;
};

export type TCaseAttachmentsTable = {
  tenant_id: string;
  id: string;
  case_id: string;
  filename: string;
  size_bytes: number;
  content_type: string;
  sha256: string;
  visibility: TVisibility;
  uploaded_by: string;
  created_at: TStamp;
};

export type TRecordTables = {
  accounts: TAccountsTable;
  sites: TSitesTable;
  products: TProductsTable;
  contracts: TContractsTable;
  contacts: TContactsTable;
  appliances: TAppliancesTable;
  cases: TCasesTable;
  case_milestones: TCaseMilestonesTable;
  case_comments: TCaseCommentsTable;
  case_attachments: TCaseAttachmentsTable;
};

export type TAccountRow = Selectable<TAccountsTable>;
export type TSiteRow = Selectable<TSitesTable>;
export type TProductRow = Selectable<TProductsTable>;
export type TContractRow = Selectable<TContractsTable>;
export type TContactRow = Selectable<TContactsTable>;
export type TApplianceRow = Selectable<TAppliancesTable>;
export type TCaseRow = Selectable<TCasesTable>;
export type TNewCase = Insertable<TCasesTable>;
export type TCaseMilestoneRow = Selectable<TCaseMilestonesTable>;
export type TNewCaseMilestone = Insertable<TCaseMilestonesTable>;
export type TCaseCommentRow = Selectable<TCaseCommentsTable>;
export type TCaseAttachmentRow = Selectable<TCaseAttachmentsTable>;
