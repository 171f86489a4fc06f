/**
 * IVA-17 (pure): what each account is told when a release is published, by its plan.
 * Enterprise: a proactive notice; Premium: that plus a task for the assigned engineer to schedule a
 * release discussion; Standard (and any plan the pack does not name): the portal only. Packs without the
 * `release-notification` rule (Imprivata) notify only customers with a linked defect, as before.
 * Every notice carries a key unique per (tenant, release, account, kind) so it is sent once.
 */
export type TReleaseNoticeKind = 'release_available' | 'release_discussion_task';
export type TReleaseNotice = { kind: TReleaseNoticeKind; key: string; to: 'account' | 'assigned_engineer' };
export type TReleaseNoticePlan = {
  portal: true;
  notices: TReleaseNotice[];
  reason: string;
};

const proactivePlans = new Set(['enterprise', 'premium']);
const discussionPlans = new Set(['premium']);

export function noticeKey(releaseId: string, accountId: string, kind: TReleaseNoticeKind): string {
  return `release-notice:${releaseId}:${accountId}:${kind}`;
}

/** The notices for one account on publication of one release (IVA-17). */
export function planReleaseNotices(input: {
  packRuleIds: string[];
  plan: string | null;
  releaseId: string;
  accountId: string;
}): TReleaseNoticePlan {
  const { plan, releaseId, accountId } = input;
  if (!input.packRuleIds.includes('release-notification') || plan === null || !proactivePlans.has(plan))
    return { portal: true, notices: [], reason: 'The release is shown in the portal.' };
  const notices: TReleaseNotice[] = [
    { kind: 'release_available', key: noticeKey(releaseId, accountId, 'release_available'), to: 'account' },
  ];
  if (discussionPlans.has(plan))
    notices.push({
      kind: 'release_discussion_task',
      key: noticeKey(releaseId, accountId, 'release_discussion_task'),
      to: 'assigned_engineer',
    });
  return {
    portal: true,
    notices,
    reason: discussionPlans.has(plan)
      ? 'Premium: a proactive notice and a personalised release discussion with the assigned engineer.'
      : 'Enterprise: a proactive new-release notice.',
  };
}
