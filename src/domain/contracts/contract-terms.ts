import type { TPolicy } from '../packs/schema.js';
import { addDays, addMonths, endOfMonthAfter, type TIsoDate } from './contract-dates.js';

type TContractRules = TPolicy['contract'];

export type TTerm = { start: TIsoDate; end: TIsoDate };

/**
 * The initial term of a contract (never typed): K1 Imprivata — from the appliance ship date to the last
 * day of the 12th month after the ship month; K2 Ivanti — start + 12 months − 1 day. A contract
 * without a ship date (a pack with the K1 rule but no appliance, or a term start given) runs
 * start + renewal months − 1 day. Pure.
 */
export function initialTerm(
  rules: Pick<TContractRules, 'term'>,
  input: { shipDate?: TIsoDate | null; termStart?: TIsoDate | null },
): TTerm {
  if (input.shipDate && rules.term.initial === 'end_of_12th_month_after_ship_month') {
    return { start: input.termStart ?? input.shipDate, end: endOfMonthAfter(input.shipDate, 12) };
  }
  const start = input.termStart ?? input.shipDate;
  if (!start) throw new Error('initialTerm needs a ship date or a term start');
  return { start, end: addDays(addMonths(start, rules.term.renewal_months), -1) };
}

/** The renewal term after `term`: from the day after its end, `renewal_months` long (K1/K2). */
export function nextTerm(rules: Pick<TContractRules, 'term'>, term: TTerm): TTerm {
  const start = addDays(term.end, 1);
  return { start, end: addDays(addMonths(start, rules.term.renewal_months), -1) };
}

/**
 * The stored terms extended by automatic renewals up to the term containing `until` (only when the
 * pack renews automatically and `stopAfter` — the end of a term a timely non-renewal ended — does not
 * stop it). Stored terms are sorted by start; the projection never changes a stored one.
 */
export function projectTerms(
  rules: Pick<TContractRules, 'term'>,
  stored: readonly TTerm[],
  until: TIsoDate,
  options: { autoRenew: boolean; stopAfter?: TIsoDate | null },
): TTerm[] {
  const terms = [...stored].sort((a, b) => a.start.localeCompare(b.start));
  if (!rules.term.auto_renewal || !options.autoRenew) return terms;
  for (;;) {
    const last = terms.at(-1);
    if (!last || last.end >= until) return terms;
    if (options.stopAfter && last.end >= options.stopAfter) return terms;
    terms.push(nextTerm(rules, last));
  }
}

/** The term containing `date`; before the first term the first one, after the last the last one. */
export function termOn<T extends TTerm>(terms: readonly T[], date: TIsoDate): T | undefined {
  return (
    terms.find((term) => term.start <= date && date <= term.end) ??
    [...terms].reverse().find((term) => term.start <= date) ??
    terms[0]
  );
}
