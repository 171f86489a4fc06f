import type { ColumnType, Insertable, Selectable } from 'kysely';
import type { TTimestamp } from './schema.js';

type TNullableTime = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export type TCaseHardwareFindingsTable = {
  tenant_id: string;
  case_id: string;
  appliance_id: string;
  troubleshooting: string;
  conclusion: 'hardware_defect' | 'excluded_cause' | 'no_defect';
  excluded_cause: string | null;
  onsite_requested: boolean;
  destination: string | null;
  concluded_by: string;
  concluded_at: TTimestamp;
};

export type TRmasTable = {
  tenant_id: string;
  id: string;
  account_id: string;
  appliance_id: string;
  case_id: string;
  type: 'return_and_repair' | 'advance_replacement' | 'priced_replacement' | 'model_upgrade';
  status: 'open' | 'closed';
  pack_id: string;
  plan: string;
  centre: string;
  shipping: 'standard' | 'overnight' | 'expedited';
  destination: string | null;
  component: boolean;
  defect_concluded_at: TTimestamp;
  unit_received_at: TNullableTime;
  replacement_shipped_at: TNullableTime;
  replacement_delivered_at: TNullableTime;
  unit_returned_at: TNullableTime;
  replacement_appliance_id: string | null;
  ship_by: TNullableTime;
  return_due: TNullableTime;
  next_deadline: TNullableTime;
  warranty_end: string;
  charge_amount_minor: number | null;
  charge_currency: string | null;
  charge_status: 'proposed' | 'approved' | 'declined' | null;
  flags: string[];
  created_at: TTimestamp;
  updated_at: TTimestamp;
};

export type TRmaNoticesTable = {
  tenant_id: string;
  rma_id: string;
  deadline: 'ship_by' | 'return_due';
  kind: 'warning' | 'missed';
  due: TTimestamp;
  sent_at: TTimestamp;
};

export type TRmaTables = {
  case_hardware_findings: TCaseHardwareFindingsTable;
  rmas: TRmasTable;
  rma_notices: TRmaNoticesTable;
};
export type TRmaRow = Selectable<TRmasTable>;
export type TNewRma = Insertable<TRmasTable>;
export type TCaseHardwareFindingRow = Selectable<TCaseHardwareFindingsTable>;
