import { z } from 'zod';
import type { TAttainmentRow, TCentreBreachRow } from '../repositories/report-repository.js';

export const ZSlaReportView = z
  .object({
    from: z.iso.datetime(),
    to: z.iso.datetime(),
    bucket: z.enum(['day', 'week', 'month']),
    attainment: z.array(
      z.object({
        period: z.iso.datetime().describe('Start of the period (UTC)'),
        pack: z.string().describe('Policy pack id (plan ids are per pack)'),
        plan: z.string(),
        severity: z.string(),
        milestone: z.string(),
        met: z.number().int(),
        breached: z.number().int(),
        pending: z.number().int(),
        rate: z.number().nullable().describe('met ÷ (met + breached); null when nothing was decided yet'),
      }),
    ),
    centres: z.array(
      z.object({ pack: z.string(), centre: z.string(), breached: z.number().int(), total: z.number().int() }),
    ),
  })
  .meta({ id: 'SlaReport' });

export type TSlaReportView = z.infer<typeof ZSlaReportView>;

export function presentSlaReport(input: {
  from: Date;
  to: Date;
  bucket: TSlaReportView['bucket'];
  attainment: readonly TAttainmentRow[];
  centres: readonly TCentreBreachRow[];
}): TSlaReportView {
  return {
    from: input.from.toISOString(),
    to: input.to.toISOString(),
    bucket: input.bucket,
    attainment: input.attainment.map((row) => ({
      period: row.period.toISOString(),
      pack: row.pack,
      plan: row.plan,
      severity: row.severity,
      milestone: row.milestone,
      met: row.met,
      breached: row.breached,
      pending: row.pending,
      rate: row.met + row.breached === 0 ? null : row.met / (row.met + row.breached),
    })),
    centres: input.centres.map((row) => ({ ...row })),
  };
}
