/** TRM (Technical Resource Manager) subscription types shared by the CLI, the API and the jobs. */
export type TTrmBookingKind = 'remote' | 'onsite' | 'voucher';

/** One booking as requested: remote/on-site days (calendar dates), or a voucher for one named person. */
export type TTrmBookingRequest = {
  kind: TTrmBookingKind;
  days?: string[];
  person?: string;
  course?: string;
};

export type TTrmOffering = {
  id: string;
  days_per_year: number;
  vouchers: number;
  onsite_percent: number;
  travel_included: boolean;
};

export type TTrmRules = {
  offerings: TTrmOffering[];
  onsite_min_consecutive_days: number;
  term_months: number;
  auto_renewal: boolean;
  non_renewal_notice_days: number;
  unused_expire: boolean;
};

export type TTrmAllowance = { days: number; vouchers: number; onsite_cap: number };
export type TTrmUsed = { days: number; onsite_days: number; vouchers: number };

/** A booking already accepted in a term, reduced to what the rules count. */
export type TTrmCounted = { kind: TTrmBookingKind; days: number[] };

export type TTrmLedgerEntry = {
  date: string;
  kind: 'term_start' | 'booking' | 'expiry' | 'non_renewal_notice' | 'renewal' | 'ended';
  term_start: string;
  booking?: TTrmBookingKind;
  days?: number;
  onsite_days?: number;
  vouchers?: number;
  person?: string;
  travel_billed?: boolean;
  late?: boolean;
  code?: string;
};
