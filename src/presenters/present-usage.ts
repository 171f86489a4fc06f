import { z } from 'zod';
import type { TUsageSummaryRow } from '../db/schema-training.js';
import type { TUsageSummary } from '../domain/usage/validate-usage-summary.js';

export const ZUsageDayView = z.object({
  day: z.iso.date(),
  installationId: z.uuid(),
  installation: z.string(),
  softwareVersion: z.string(),
  activeUsers: z.number().int(),
  sessions: z.number().int(),
  authentications: z.number().int(),
  users: z.number().int(),
  computers: z.number().int(),
  logins: z.number().int().describe('sum of logins over applications that day'),
  summary: z.record(z.string(), z.unknown()),
});
export type TUsageDayView = z.infer<typeof ZUsageDayView>;

export function presentUsageDay(row: TUsageSummaryRow & { installation_name: string }): TUsageDayView {
  const s = row.summary as TUsageSummary;
  return {
    day: row.day,
    installationId: row.installation_id,
    installation: row.installation_name,
    softwareVersion: row.software_version,
    activeUsers: s.daily_usage_statistics.active_users,
    sessions: s.daily_usage_statistics.sessions,
    authentications: s.daily_usage_statistics.authentications,
    users: s.user_and_computer_statistics.users,
    computers: s.user_and_computer_statistics.computers,
    logins: s.logins_per_application_per_day.reduce((n, x) => n + x.logins, 0),
    summary: s as unknown as Record<string, unknown>,
  };
}

const csvColumns = [
  'day',
  'installation',
  'softwareVersion',
  'activeUsers',
  'sessions',
  'authentications',
  'users',
  'computers',
  'logins',
] as const;

/** IMP-65 export: one CSV row per installation and day (RFC 4180 quoting). */
export function presentUsageCsv(days: readonly TUsageDayView[]): string {
  const quote = (v: string | number) =>
    /[",\n\r]/.test(String(v)) ? `"${String(v).replaceAll('"', '""')}"` : String(v);
  const lines = [csvColumns.join(','), ...days.map((d) => csvColumns.map((c) => quote(d[c])).join(','))];
  return `${lines.join('\r\n')}\r\n`;
}
