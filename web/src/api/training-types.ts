/** Responses of /api/v1/trm and /api/v1/usage (see docs/training.md). */
export type TTrmCounts = { days: number; onsiteDays: number; vouchers: number };
export type TTrmSubscription = {
  id: string;
  accountId: string;
  accountName: string;
  offering: string;
  purchasedOn: string;
  period: { start: string; end: string };
  allowance: TTrmCounts;
  used: TTrmCounts;
  remaining: TTrmCounts;
  onsiteMinConsecutiveDays: number;
  travelBilled: boolean;
  nonRenewalDeadline: string;
  nonRenewalNoticeOn: string | null;
  noticeLate: boolean;
  renews: boolean;
  bookings: {
    id: string;
    kind: 'remote' | 'onsite' | 'voucher';
    days: string[];
    person: string | null;
    course: string | null;
  }[];
  ledger: {
    date: string;
    kind: 'booking' | 'expiry';
    termStart: string;
    days: number;
    onsiteDays: number;
    vouchers: number;
  }[];
  allowedActions: string[];
};
export type TUsageDay = {
  day: string;
  installation: string;
  softwareVersion: string;
  activeUsers: number;
  sessions: number;
  logins: number;
};
export type TUsageList = { items: TUsageDay[]; optedOutAt: string | null; allowedActions: string[] };
