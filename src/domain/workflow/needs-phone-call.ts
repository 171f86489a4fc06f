import { isOpenCaseStatus } from './case-lifecycle.js';

/**
 * Whether an open case needs a phone call: a milestone is `not_eligible` (e.g. an S1 reported through
 * the portal, which the pack commits to only when reported by phone, reading C3) and not met yet.
 */
export function needsPhoneCall(
  status: string,
  milestones: readonly { kind: string; metAt: number | null }[],
): boolean {
  if (!isOpenCaseStatus(status)) return false;
  return milestones.some((milestone) => milestone.kind === 'not_eligible' && milestone.metAt === null);
}

/** The queue's sort key: the opening for a case that needs a phone call (first), else the next deadline. */
export function chooseQueueDue(needsCall: boolean, openedAt: Date, nextDeadline: Date | null): Date | null {
  return needsCall ? openedAt : nextDeadline;
}
