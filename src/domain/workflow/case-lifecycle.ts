import { AppError } from '../../lib/app-error.js';

export const caseStatuses = ['new', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
export type TCaseStatus = (typeof caseStatuses)[number];

/** What a status change does to the SLA clocks and the case. */
export type TTransitionEffects = {
  /** Start a pause of the running milestones (only when the pack allows pausing). */
  pause: boolean;
  /** End the open pause. */
  resume: boolean;
  /** The resolution milestone is met now. */
  resolve: boolean;
  /** A resolved or closed case comes back: resolution is no longer met. */
  reopen: boolean;
  close: boolean;
};

const allowed: Record<TCaseStatus, readonly TCaseStatus[]> = {
  new: ['in_progress', 'waiting_on_customer', 'resolved'],
  in_progress: ['waiting_on_customer', 'resolved'],
  waiting_on_customer: ['in_progress', 'resolved'],
  resolved: ['closed', 'in_progress'],
  closed: ['in_progress'],
};

export function canTransition(from: TCaseStatus, to: TCaseStatus): boolean {
  return allowed[from].includes(to);
}

/**
 * The lifecycle new → in progress → waiting on customer → resolved → closed, with reopen
 * (resolved or closed → in progress). Waiting on customer pauses the clocks only if the pack
 * allows pausing (`pauseOnWaiting`); neither seed policy does, so their clocks keep running.
 */
export function planTransition(
  from: TCaseStatus,
  to: TCaseStatus,
  options: { pauseOnWaiting: boolean },
): TTransitionEffects {
  if (!canTransition(from, to)) {
    throw new AppError('case.invalid_transition', `A case cannot go from ${from} to ${to}`, [
      { field: 'status', message: `allowed from ${from}: ${allowed[from].join(', ') || 'none'}` },
    ]);
  }
  const pausing = options.pauseOnWaiting;
  return {
    pause: pausing && to === 'waiting_on_customer',
    resume: pausing && from === 'waiting_on_customer',
    resolve: to === 'resolved',
    reopen: (from === 'resolved' || from === 'closed') && to === 'in_progress',
    close: to === 'closed',
  };
}
