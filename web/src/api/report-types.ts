/** GET /api/v1/reports/sla (see src/presenters/present-sla-report.ts). */
export type TSlaAttainmentRow = {
  period: string;
  pack: string;
  plan: string;
  severity: string;
  milestone: string;
  met: number;
  breached: number;
  pending: number;
  rate: number | null;
};

export type TSlaReport = {
  from: string;
  to: string;
  bucket: 'day' | 'week' | 'month';
  attainment: TSlaAttainmentRow[];
  centres: { pack: string; centre: string; breached: number; total: number }[];
};
