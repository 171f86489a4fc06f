import type { TCaseMilestoneRow, TCaseRow } from '../db/schema-records.js';
import { listCentrePhoneNumbers } from '../domain/center/choose-phone-numbers.js';
import { describeClockStart } from '../domain/center/describe-clock-start.js';
import type { TPolicy } from '../domain/packs/schema.js';

/**
 * The "clock starts at …; phone … for an emergency" notice of a case's next pending deadline, from
 * the stored timing and the pack's centre calendar and numbers (the web app shows it, never restates it).
 */
export function presentClockNotice(
  row: TCaseRow,
  milestones: readonly TCaseMilestoneRow[],
  policy: TPolicy,
): string | null {
  const pending = milestones.find(
    (milestone) => milestone.kind === 'deadline' && milestone.met_at === null && milestone.timing !== null,
  );
  const centre = policy.centres.find((candidate) => candidate.id === row.centre);
  if (!pending || !centre) return null;
  const plan = policy.plans.find((candidate) => candidate.id === row.plan);
  return describeClockStart({
    opened: row.opened_at.getTime(),
    timing: pending.timing as { start: number; clock: 'business' | 'elapsed' },
    timezone: centre.calendar.timezone,
    centreName: centre.name,
    numbers: listCentrePhoneNumbers(policy, row.centre),
    emergencyByPhone: (plan?.after_hours_phone?.severities ?? []).includes(row.severity),
  });
}
