import { describe, expect, it } from 'vitest';
import {
  caseStatuses,
  caseTransitions,
  isOpenCaseStatus,
  nextStatuses,
  openCaseStatuses,
  planTransition,
  type TCaseStatus,
  transitionFor,
} from './case-lifecycle.js';

/**
 * The lifecycle written out by hand, every (from → to) pair: changing caseTransitions (or the status
 * list) fails this test, so a change to the lifecycle is always a deliberate edit of both.
 */
const expected: Record<TCaseStatus, Partial<Record<TCaseStatus, string>>> = {
  new: { in_progress: 'start', waiting_on_customer: 'wait_on_customer', resolved: 'resolve' },
  in_progress: { waiting_on_customer: 'wait_on_customer', resolved: 'resolve' },
  waiting_on_customer: { in_progress: 'start', resolved: 'resolve' },
  resolved: { in_progress: 'reopen', closed: 'close' },
  closed: {},
};

describe('case lifecycle table', () => {
  it('lists the statuses in lifecycle order, the first three open', () => {
    expect(caseStatuses).toEqual(['new', 'in_progress', 'waiting_on_customer', 'resolved', 'closed']);
    expect(openCaseStatuses).toEqual(['new', 'in_progress', 'waiting_on_customer']);
    expect(caseStatuses.filter(isOpenCaseStatus)).toEqual([...openCaseStatuses]);
  });

  const pairs = caseStatuses.flatMap((from) => caseStatuses.map((to) => [from, to] as const));
  it.each(pairs)('%s → %s', (from, to) => {
    expect(transitionFor(from, to)).toBe(expected[from][to] ?? null);
  });

  it('has exactly the five transition actions', () => {
    expect(Object.keys(caseTransitions).sort()).toEqual([
      'close',
      'reopen',
      'resolve',
      'start',
      'wait_on_customer',
    ]);
  });

  it('a closed case is final; a resolved one can be reopened', () => {
    expect(nextStatuses('closed')).toEqual([]);
    expect(nextStatuses('resolved')).toEqual(['in_progress', 'closed']);
    expect(() => planTransition('closed', 'in_progress', { pauseOnWaiting: false })).toThrow(
      expect.objectContaining({
        code: 'case.invalid_transition',
        details: [{ field: 'status', message: 'allowed from closed: none' }],
      }),
    );
  });
});
