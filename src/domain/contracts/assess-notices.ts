import type { TPolicy } from '../packs/schema.js';
import { addDays, type TIsoDate } from './contract-dates.js';
import { nextTerm, type TTerm, termOn } from './contract-terms.js';

export type TNoticeKind = 'non_renewal' | 'change' | 'objection' | 'breach';

/** A notice as recorded: what it is, who gave it and the day it was received. */
export type TStoredNotice = {
  id: string;
  kind: TNoticeKind;
  fromParty: 'vendor' | 'customer';
  receivedOn: TIsoDate;
  /** change: the pack version noticed. */
  version?: string | null;
  /** objection: the customer's reason (IVA-03 needs one). */
  reason?: string | null;
  /** breach: the day the breach was cured. */
  curedOn?: TIsoDate | null;
};

/** A notice with its deadline, outcome (a dotted code) and the clause it applies. */
export type TAssessedNotice = TStoredNotice & {
  deadline: TIsoDate | null;
  /** change: the day it takes effect; breach: the day the right to terminate exists from. */
  effectiveOn: TIsoDate | null;
  outcome: string;
  /** Set when the outcome is a refusal or a warning (late notice, late objection, uncured breach). */
  code: string | null;
  clause: string | null;
};

/**
 * Each notice's deadline and outcome under the pack's commercial rules (K3 non-renewal, K4/K5 change
 * and objection, breach cure), read with T8 (calendar dates, inclusive, never moved by weekends or
 * holidays). `terms` are the contract's terms (stored and projected). Pure.
 */
export function assessNotices(
  policy: TPolicy,
  terms: readonly TTerm[],
  notices: readonly TStoredNotice[],
  today: TIsoDate,
): TAssessedNotice[] {
  const sorted = [...notices].sort(
    (a, b) => a.receivedOn.localeCompare(b.receivedOn) || a.id.localeCompare(b.id),
  );
  return sorted.map((notice) => assessNotice(policy, terms, sorted, notice, today));
}

function assessNotice(
  policy: TPolicy,
  terms: readonly TTerm[],
  all: readonly TStoredNotice[],
  notice: TStoredNotice,
  today: TIsoDate,
): TAssessedNotice {
  const rules = policy.contract;
  const result = (
    deadline: TIsoDate | null,
    outcome: string,
    clause: string | null | undefined,
    extra: { code?: string; effectiveOn?: TIsoDate } = {},
  ): TAssessedNotice => ({
    ...notice,
    deadline,
    effectiveOn: extra.effectiveOn ?? null,
    outcome,
    code: extra.code ?? null,
    clause: clause ?? null,
  });
  switch (notice.kind) {
    case 'non_renewal': {
      const term = termOn(terms, notice.receivedOn);
      if (!term) return result(null, 'contract.non_renewal_accepted', rules.non_renewal_notice.source.clause);
      const deadline = addDays(term.end, -rules.non_renewal_notice.days_before_end);
      return notice.receivedOn <= deadline
        ? result(deadline, 'contract.non_renewal_accepted', rules.non_renewal_notice.source.clause, {
            effectiveOn: addDays(term.end, 1),
          })
        : result(deadline, 'contract.notice_late', rules.non_renewal_notice.source.clause, {
            code: 'contract.notice_late',
          });
    }
    case 'change': {
      const rule = rules.policy_change;
      if (rule.kind === 'next_term_with_notice') {
        // K4: the next term that starts at least notice_days after the notice.
        let term = termOn(terms, notice.receivedOn) ?? { start: notice.receivedOn, end: notice.receivedOn };
        do term = nextTerm(policy.contract, term);
        while (notice.receivedOn > addDays(term.start, -rule.notice_days));
        return result(term.start, 'contract.change_effective', rule.source.clause, {
          effectiveOn: term.start,
        });
      }
      const deadline = addDays(notice.receivedOn, rule.objection_days);
      const objection = objectionTo(all, notice);
      if (objection && objection.receivedOn <= deadline && objection.reason)
        return result(deadline, 'contract.change_disputed', rule.source.clause);
      if (today <= deadline) return result(deadline, 'contract.change_pending', rule.source.clause);
      return result(deadline, 'contract.change_accepted', rule.source.clause, {
        effectiveOn: addDays(deadline, 1),
      });
    }
    case 'objection': {
      const rule = rules.policy_change;
      const change = [...all]
        .reverse()
        .find((other) => other.kind === 'change' && other.receivedOn <= notice.receivedOn);
      if (rule.kind !== 'objection_window' || !change)
        return result(null, 'contract.objection_recorded', rule.source.clause);
      const deadline = addDays(change.receivedOn, rule.objection_days);
      return notice.receivedOn <= deadline && notice.reason
        ? result(deadline, 'contract.change_disputed', rule.source.clause)
        : result(deadline, 'contract.objection_late', rule.source.clause, {
            code: 'contract.objection_late',
          });
    }
    case 'breach': {
      const clause = rules.breach_cure_source?.clause;
      if (rules.breach_cure_days === null) return result(null, 'contract.breach_recorded', clause);
      const deadline = addDays(notice.receivedOn, rules.breach_cure_days);
      if (notice.curedOn && notice.curedOn <= deadline)
        return result(deadline, 'contract.breach_cured', clause);
      if (today <= deadline) return result(deadline, 'contract.breach_cure_pending', clause);
      return result(deadline, 'contract.termination_right_from', clause, {
        code: 'contract.termination_right_from',
        effectiveOn: addDays(deadline, 1),
      });
    }
    default: {
      const unreachable: never = notice.kind;
      return unreachable;
    }
  }
}

/** The first objection received after a change notice and before the next change notice. */
function objectionTo(all: readonly TStoredNotice[], change: TStoredNotice): TStoredNotice | undefined {
  const next = all.find((other) => other.kind === 'change' && other.receivedOn > change.receivedOn);
  return all.find(
    (other) =>
      other.kind === 'objection' &&
      other.receivedOn >= change.receivedOn &&
      (!next || other.receivedOn < next.receivedOn),
  );
}
