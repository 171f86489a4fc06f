import { AppError } from '../../lib/app-error.js';
import type { TPolicy } from './schema.js';

/** What version selection needs to know about a contract: its term start dates (YYYY-MM-DD, ascending). */
export type TContractTerms = {
  termStarts: readonly string[];
  /** Last day of the latest known term: the next term starts the day after (K1 terms end at month ends). */
  termEnd?: string;
  /** Versions (by `version`) this contract objected to on a reasonable basis (IVA-03): they stay pending. */
  objectedVersions?: readonly string[];
};

/**
 * The pack version a contract is on at `date` (YYYY-MM-DD). A version announced during a term is
 * adopted per the pack's policy-change rule: Imprivata — at the start of the next term that begins at
 * least `notice_days` after the announcement (K4); Ivanti — from the day after the objection window
 * (K5), never while the contract's objection is pending. A contract's first term starts on the
 * version in force then.
 */
export function choosePackVersion(
  versions: readonly TPolicy[],
  contract: TContractTerms,
  date: string,
): TPolicy {
  const sorted = [...versions].sort((a, b) => a.effective_from.localeCompare(b.effective_from));
  const first = sorted[0];
  if (!first) throw new AppError('pack.not_found', 'No pack versions to choose from');
  if (new Set(sorted.map((v) => v.id)).size > 1) {
    throw new AppError('pack.invalid', 'choosePackVersion needs versions of a single pack');
  }
  let chosen = first;
  let chosenFrom = '';
  for (const version of sorted) {
    const from = version === first ? version.effective_from : adoptionDate(version, contract, date);
    if (from !== null && from <= date && from >= chosenFrom) {
      chosen = version;
      chosenFrom = from;
    }
  }
  return chosen;
}

/** The date a contract adopts `version`, or null when it does not (yet) within the horizon. */
export function adoptionDate(version: TPolicy, contract: TContractTerms, horizon: string): string | null {
  const announced = version.announced_on ?? version.effective_from;
  const rule = version.contract.policy_change;
  switch (rule.kind) {
    case 'next_term_with_notice': {
      const starts = projectTermStarts(contract, version.contract.term.renewal_months, horizon);
      const initial = starts[0];
      if (initial !== undefined && initial >= version.effective_from && initial >= announced) return initial;
      for (const start of starts) {
        if (start >= version.effective_from && announced <= addDays(start, -rule.notice_days)) return start;
      }
      return null;
    }
    case 'objection_window': {
      if (contract.objectedVersions?.includes(version.version)) return null;
      const accepted = addDays(announced, rule.objection_days + 1);
      return [accepted, version.effective_from].sort()[1] ?? accepted;
    }
    default: {
      const unreachable: never = rule;
      return unreachable;
    }
  }
}

/**
 * The contract's term starts, extended by renewals up to (and one past) the horizon. A renewal starts
 * the day after the previous term ends (K1: an Imprivata initial term ends at a month end, so adding
 * 12 months to its start would disagree), then every `renewalMonths`.
 */
function projectTermStarts(contract: TContractTerms, renewalMonths: number, horizon: string): string[] {
  const starts = [...contract.termStarts].sort();
  let last = starts.at(-1);
  if (last !== undefined && contract.termEnd !== undefined && contract.termEnd >= last) {
    last = addDays(contract.termEnd, 1);
    starts.push(last);
  }
  while (last !== undefined && last <= horizon) {
    last = addMonths(last, renewalMonths);
    starts.push(last);
  }
  return starts;
}

export function addDays(date: string, days: number): string {
  const value = new Date(`${date}T00:00:00Z`);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

function addMonths(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const total = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(total / 12);
  const targetMonth = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  return `${targetYear}-${String(targetMonth).padStart(2, '0')}-${String(Math.min(day, lastDay)).padStart(2, '0')}`;
}
