import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { findPersonalData } from './find-personal-data.js';

const count = z.number().int().min(0);
const application = z.string().trim().min(1).max(100);

/** IMP-63: the only fields a daily usage summary may carry (pack `usage_data.collected`). */
export const ZUsageSummary = z.strictObject({
  day: z.iso.date(),
  software_version: z.string().trim().min(1).max(50),
  daily_usage_statistics: z.strictObject({ active_users: count, sessions: count, authentications: count }),
  user_and_computer_statistics: z.strictObject({ users: count, computers: count }),
  deployed_and_enrolled_users_per_application: z
    .array(z.strictObject({ application, deployed: count, enrolled: count }))
    .max(500)
    .default([]),
  logins_per_application_per_day: z
    .array(z.strictObject({ application, logins: count }))
    .max(500)
    .default([]),
});
export type TUsageSummary = z.infer<typeof ZUsageSummary>;

/**
 * Checks a submitted summary: personal data or PHI first (`usage.personal_data_refused`, IMP-64), then
 * the schema — any other field is `usage.field_not_allowed`, a wrong value `usage.invalid_summary`.
 * The offending field is named in `details`.
 */
export function validateUsageSummary(body: unknown): TUsageSummary {
  const personal = findPersonalData(body);
  if (personal)
    throw new AppError(
      'usage.personal_data_refused',
      `Field "${personal}" looks like personal data or PHI; nothing was stored`,
      [{ field: personal, message: 'personal data and PHI are not collected' }],
    );
  const parsed = ZUsageSummary.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue?.code === 'unrecognized_keys') {
    const field = [...issue.path, issue.keys[0]].join('.');
    throw new AppError(
      'usage.field_not_allowed',
      `Field "${field}" is not a summary field; nothing was stored`,
      [{ field, message: 'not an allowed summary field' }],
    );
  }
  const field = issue?.path.join('.') || 'body';
  throw new AppError('usage.invalid_summary', `${field}: ${issue?.message ?? 'invalid'}`, [
    { field, message: issue?.message ?? 'invalid' },
  ]);
}
