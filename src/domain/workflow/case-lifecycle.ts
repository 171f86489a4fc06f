import { AppError } from '../../lib/app-error.js';

/** Every case status, in lifecycle order — the one declaration (db schema, API and policy read it). */
export const caseStatuses = ['new', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
export type TCaseStatus = (typeof caseStatuses)[number];

/** The open statuses: not yet resolved or closed (agent queue, SLA alarms, follow-the-sun, escalation). */
export const openCaseStatuses = [
  'new',
  'in_progress',
  'waiting_on_customer',
] as const satisfies readonly TCaseStatus[];
export type TOpenCaseStatus = (typeof openCaseStatuses)[number];

export function isOpenCaseStatus(status: string): status is TOpenCaseStatus {
  return (openCaseStatuses as readonly string[]).includes(status);
}

export type TCaseTransition = 'start' | 'wait_on_customer' | 'resolve' | 'close' | 'reopen';

/**
 * THE case lifecycle: each transition action, the status it leads to and the statuses it may start
 * from. new → in progress ⇄ waiting on customer → resolved → closed; a resolved case can be reopened
 * (→ in progress); closed is final. casePolicy (src/policies/case-policy.ts) derives from this table.
 */
export const caseTransitions: Readonly<
  Record<TCaseTransition, { readonly to: TCaseStatus; readonly from: readonly TCaseStatus[] }>
> = {
  start: { to: 'in_progress', from: ['new', 'waiting_on_customer'] },
  wait_on_customer: { to: 'waiting_on_customer', from: ['new', 'in_progress'] },
  resolve: { to: 'resolved', from: ['new', 'in_progress', 'waiting_on_customer'] },
  close: { to: 'closed', from: ['resolved'] },
  reopen: { to: 'in_progress', from: ['resolved'] },
};

/** The transition action that moves a case from `from` to `to`, or null when none does. */
export function transitionFor(from: TCaseStatus, to: TCaseStatus): TCaseTransition | null {
  for (const [action, rule] of Object.entries(caseTransitions)) {
    if (rule.to === to && rule.from.includes(from)) return action as TCaseTransition;
  }
  return null;
}

export function canTransition(from: TCaseStatus, to: TCaseStatus): boolean {
  return transitionFor(from, to) !== null;
}

/** The statuses a case in `from` may move to. */
export function nextStatuses(from: TCaseStatus): TCaseStatus[] {
  return caseStatuses.filter((to) => canTransition(from, to));
}

/** What a status change does to the SLA clocks and the case. */
export type TTransitionEffects = {
  /** Start a pause of the running milestones (only when the pack allows pausing). */
  pause: boolean;
  /** End the open pause. */
  resume: boolean;
  /** The resolution milestone is met now. */
  resolve: boolean;
  /** A resolved case comes back: resolution is no longer met. */
  reopen: boolean;
  close: boolean;
};

/**
 * The effects of moving from `from` to `to` (AppError case.invalid_transition when the table has no
 * such transition). Waiting on customer pauses the clocks only if the pack allows pausing
 * (`pauseOnWaiting`); neither seed policy does, so their clocks keep running.
 */
export function planTransition(
  from: TCaseStatus,
  to: TCaseStatus,
  options: { pauseOnWaiting: boolean },
): TTransitionEffects {
  const action = transitionFor(from, to);
  if (action === null) {
    throw new AppError('case.invalid_transition', `A case cannot go from ${from} to ${to}`, [
      { field: 'status', message: `allowed from ${from}: ${nextStatuses(from).join(', ') || 'none'}` },
    ]);
  }
  const pausing = options.pauseOnWaiting;
  return {
    pause: pausing && to === 'waiting_on_customer',
    resume: pausing && from === 'waiting_on_customer',
    resolve: action === 'resolve',
    reopen: action === 'reopen',
    close: action === 'close',
  };
}
