import type { TPolicy } from '../packs/schema.js';
import { addDays, addMonths, endOfMonthAfter, isIsoDate, wholeMonthsBetween } from './contract-dates.js';
import { buildQuote, type TQuote, type TQuoteLine } from './quote-types.js';

export type TContractEventKind =
  | 'non_renewal_notice'
  | 'change_notice'
  | 'objection'
  | 'breach_notice'
  | 'payment'
  | 'renewal_order'
  | 'invoice_overdue'
  | 'service_withheld'
  | 'reinstatement_request';
export type TContractEvent = { kind: TContractEventKind; on: string; version?: string; reason?: string };
export type TContractExplainInput = {
  plan: string;
  shipDate?: string;
  termStart?: string;
  asOf: string;
  annualPrice?: { amountMinor: number; currency: string };
  events: TContractEvent[];
  licences?: { owned: number; inUse: number; quoted: number };
};
export type TExplainedEvent = { kind: string; on: string; outcome: string; deadline?: string; code?: string };
export type TContractExplanation = {
  terms: { start: string; end: string; packVersion?: string }[];
  status: 'active' | 'non_renewing' | 'suspended' | 'lapsed' | 'withheld' | 'terminated';
  nonRenewalDeadline: string;
  events: TExplainedEvent[];
  quote?: TQuote;
  errors: { code: string; message: string }[];
  explanation: string[];
};

/** A request the rules cannot answer (bad dates, unknown plan): thrown as `contract.invalid_input`. */
export class ContractInputError extends Error {}

/**
 * The commercial half of a pack applied to one contract's facts up to `asOf` (K1–K7, T8): the terms
 * (K1 end-of-month from the ship date / K2 start + 12 months − 1 day; renewals of `renewal_months`),
 * each notice's deadline and outcome, the status on `asOf`, and a renewal or reinstatement quote.
 * Pure; the CLI, the API and the screens all call it.
 */
export function explainContract(policy: TPolicy, input: TContractExplainInput): TContractExplanation {
  const rules = policy.contract;
  const plan = policy.plans.find((candidate) => candidate.id === input.plan);
  if (!plan) throw new ContractInputError(`pack ${policy.id} has no plan "${input.plan}"`);
  for (const [field, value] of [
    ['ship_date', input.shipDate],
    ['term_start', input.termStart],
    ['as_of', input.asOf],
  ] as const) {
    if (value !== undefined && !isIsoDate(value))
      throw new ContractInputError(`${field}: not a YYYY-MM-DD date`);
  }
  const errors: { code: string; message: string }[] = [];
  const explanation: string[] = [];
  const events: TExplainedEvent[] = [];
  if (plan.status === 'legacy') {
    errors.push({
      code: 'contract.plan_not_sold',
      message: `Plan ${plan.id} is a legacy plan and accepts no new contracts.`,
    });
  }
  const start = input.termStart ?? input.shipDate;
  if (!start) throw new ContractInputError('ship_date or term_start is required');
  const firstEnd =
    rules.term.initial === 'end_of_12th_month_after_ship_month'
      ? endOfMonthAfter(start, 12)
      : addDays(addMonths(start, 12), -1);
  explanation.push(
    rules.term.initial === 'end_of_12th_month_after_ship_month'
      ? `Initial term ${start} to ${firstEnd}: the last day of the 12th month after the ship month (${rules.term.source.clause}).`
      : `Initial term ${start} to ${firstEnd}: start plus 12 months less one day (${rules.term.source.clause}).`,
  );
  const sorted = [...input.events].sort((a, b) => a.on.localeCompare(b.on));
  const terms: TContractExplanation['terms'] = [{ start, end: firstEnd, packVersion: policy.version }];
  let status: TContractExplanation['status'] = 'active';
  let endedOn: string | null = null;
  // Walk the terms up to as_of: renew or end each one.
  for (;;) {
    const term = terms.at(-1) as { start: string; end: string };
    const deadline = addDays(term.end, -rules.non_renewal_notice.days_before_end);
    const notice = sorted.find(
      (e) => e.kind === 'non_renewal_notice' && e.on >= term.start && e.on <= term.end,
    );
    const timely = notice !== undefined && notice.on <= deadline;
    if (notice && !events.some((e) => e.on === notice.on && e.kind === notice.kind)) {
      events.push({
        kind: 'non_renewal_notice',
        on: notice.on,
        deadline,
        outcome: timely ? 'contract.non_renewal_accepted' : 'contract.notice_late',
        ...(timely ? {} : { code: 'contract.notice_late' }),
      });
      explanation.push(
        timely
          ? `Non-renewal received ${notice.on}, on or before ${deadline}: the contract ends ${term.end} (${rules.non_renewal_notice.source.clause}).`
          : `Non-renewal received ${notice.on}, after ${deadline}: late, the renewal stands (${rules.non_renewal_notice.source.clause}).`,
      );
    }
    if (term.end >= input.asOf) {
      if (timely) status = 'non_renewing';
      break;
    }
    if (timely) {
      status = 'lapsed';
      endedOn = term.end;
      break;
    }
    const nextStart = addDays(term.end, 1);
    const nextEnd = addDays(addMonths(nextStart, rules.term.renewal_months), -1);
    if (!rules.term.auto_renewal) {
      const order = sorted.find((e) => e.kind === 'renewal_order' && e.on >= term.start && e.on <= term.end);
      if (!order) {
        status = 'lapsed';
        endedOn = term.end;
        explanation.push(
          `No renewal ordered by ${term.end}: support lapsed on ${nextStart} (${rules.late_payment_source.clause}).`,
        );
        break;
      }
      const paid = sorted.find((e) => e.kind === 'payment' && e.on >= order.on);
      events.push({ kind: 'renewal_order', on: order.on, outcome: 'contract.renewal_ordered' });
      if (!paid || paid.on > term.end) {
        const restored = paid && paid.on <= input.asOf ? paid.on : null;
        events.push({
          kind: 'payment',
          on: paid?.on ?? nextStart,
          outcome: restored ? 'contract.support_restored' : 'contract.suspended',
          code: 'contract.suspended',
        });
        explanation.push(
          `Renewal ordered but not paid by ${term.end}: support suspended from ${nextStart}${restored ? `, restored on payment ${restored} with no fee` : ' until paid'} (${rules.late_payment_source.clause}).`,
        );
        if (!restored && nextEnd >= input.asOf) {
          terms.push({ start: nextStart, end: nextEnd });
          status = 'suspended';
          break;
        }
      }
    } else {
      explanation.push(`Renewed automatically for ${nextStart} to ${nextEnd} (${rules.term.source.clause}).`);
    }
    terms.push({ start: nextStart, end: nextEnd });
  }
  const current = terms.at(-1) as { start: string; end: string };
  applyChangeNotices(policy, sorted, terms, events, explanation);
  status = applyPaymentStanding(policy, sorted, input.asOf, status, events, explanation);
  status = applyBreaches(policy, sorted, input.asOf, status, events, explanation);
  const quote = quoteFor(policy, input, { status, current, endedOn, sorted, errors, explanation });
  return {
    terms,
    status,
    nonRenewalDeadline: addDays(current.end, -rules.non_renewal_notice.days_before_end),
    events,
    ...(quote ? { quote } : {}),
    errors,
    explanation,
  };
}

function applyChangeNotices(
  policy: TPolicy,
  sorted: TContractEvent[],
  terms: TContractExplanation['terms'],
  events: TExplainedEvent[],
  explanation: string[],
): void {
  const rule = policy.contract.policy_change;
  for (const notice of sorted.filter((e) => e.kind === 'change_notice')) {
    if (rule.kind === 'next_term_with_notice') {
      const starts = terms.map((t) => t.start).filter((s) => s > notice.on);
      let next = starts[0] ?? addDays((terms.at(-1) as { end: string }).end, 1);
      if (notice.on > addDays(next, -rule.notice_days))
        next = addMonths(next, policy.contract.term.renewal_months);
      events.push({
        kind: 'change_notice',
        on: notice.on,
        deadline: next,
        outcome: 'contract.change_effective',
      });
      for (const term of terms) if (term.start >= next && notice.version) term.packVersion = notice.version;
      explanation.push(
        `Change noticed ${notice.on} takes effect at the start of the term on ${next} (${rule.source.clause}).`,
      );
    } else {
      const windowEnd = addDays(notice.on, rule.objection_days);
      const objection = sorted.find((e) => e.kind === 'objection' && e.on >= notice.on);
      const disputed = objection !== undefined && objection.on <= windowEnd && Boolean(objection.reason);
      events.push({
        kind: 'change_notice',
        on: notice.on,
        deadline: windowEnd,
        outcome: disputed ? 'contract.change_disputed' : 'contract.change_accepted',
      });
      if (objection) {
        events.push({
          kind: 'objection',
          on: objection.on,
          deadline: windowEnd,
          outcome: disputed ? 'contract.change_disputed' : 'contract.objection_late',
          ...(disputed ? {} : { code: 'contract.objection_late' }),
        });
      }
      if (!disputed && notice.version) {
        const from = addDays(windowEnd, 1);
        for (const term of terms) if (term.end >= from) term.packVersion = notice.version;
      }
      explanation.push(
        disputed
          ? `Objection received ${objection?.on} within the window ending ${windowEnd}: the change is disputed and the old terms keep applying (${rule.source.clause}).`
          : `Change noticed ${notice.on}: accepted from ${addDays(windowEnd, 1)} unless objected to by ${windowEnd} (${rule.source.clause}).`,
      );
    }
  }
}

function applyPaymentStanding(
  policy: TPolicy,
  sorted: TContractEvent[],
  asOf: string,
  status: TContractExplanation['status'],
  events: TExplainedEvent[],
  explanation: string[],
): TContractExplanation['status'] {
  const clause = policy.contract.late_payment_source.clause;
  const flag = [...sorted]
    .reverse()
    .find((e) => (e.kind === 'service_withheld' || e.kind === 'invoice_overdue') && e.on <= asOf);
  if (!flag) return status;
  const paidAfter = sorted.some((e) => e.kind === 'payment' && e.on >= flag.on && e.on <= asOf);
  if (paidAfter || (status !== 'active' && status !== 'non_renewing')) return status;
  if (policy.contract.late_payment === 'suspend_until_paid') {
    events.push({ kind: flag.kind, on: flag.on, outcome: 'contract.suspended', code: 'contract.suspended' });
    explanation.push(`Payment overdue since ${flag.on}: support suspended until paid (${clause}).`);
    return 'suspended';
  }
  if (flag.kind === 'service_withheld') {
    events.push({
      kind: flag.kind,
      on: flag.on,
      outcome: 'contract.service_withheld',
      code: 'contract.service_withheld',
    });
    explanation.push(
      `Service withheld from ${flag.on} for late payment; agents may still open cases (${clause}).`,
    );
    return 'withheld';
  }
  events.push({ kind: flag.kind, on: flag.on, outcome: 'contract.payment_overdue' });
  explanation.push(`Invoice overdue since ${flag.on}: the vendor may withhold service (${clause}).`);
  return status;
}

function applyBreaches(
  policy: TPolicy,
  sorted: TContractEvent[],
  asOf: string,
  status: TContractExplanation['status'],
  events: TExplainedEvent[],
  explanation: string[],
): TContractExplanation['status'] {
  const cureDays = policy.contract.breach_cure_days;
  const clause = policy.contract.breach_cure_source?.clause ?? 'the agreement';
  for (const breach of sorted.filter((e) => e.kind === 'breach_notice')) {
    if (cureDays === null) {
      events.push({ kind: 'breach_notice', on: breach.on, outcome: 'contract.breach_recorded' });
      explanation.push(`Breach noticed ${breach.on}: the pack states no cure period.`);
      continue;
    }
    const deadline = addDays(breach.on, cureDays);
    const cured = sorted.find((e) => e.kind === 'payment' && e.on >= breach.on && e.on <= deadline);
    const outcome = cured
      ? 'contract.breach_cured'
      : asOf <= deadline
        ? 'contract.breach_cure_pending'
        : 'contract.termination_right_from';
    events.push({
      kind: 'breach_notice',
      on: breach.on,
      deadline,
      outcome,
      ...(outcome === 'contract.termination_right_from' ? { code: outcome } : {}),
    });
    explanation.push(
      cured
        ? `Breach noticed ${breach.on} was cured on ${cured.on}, within the ${cureDays} days ending ${deadline} (${clause}).`
        : `Breach noticed ${breach.on}: cure by ${deadline}; if uncured, the right to terminate exists from ${addDays(deadline, 1)} (${clause}).`,
    );
  }
  return status;
}

function quoteFor(
  policy: TPolicy,
  input: TContractExplainInput,
  state: {
    status: TContractExplanation['status'];
    current: { start: string; end: string };
    endedOn: string | null;
    sorted: TContractEvent[];
    errors: { code: string; message: string }[];
    explanation: string[];
  },
): TQuote | undefined {
  const price = input.annualPrice;
  if (!price) return undefined;
  const rules = policy.contract;
  const annual = price.amountMinor;
  if (input.licences && rules.licence_coverage === 'all_licences_purchased_or_used') {
    const required = Math.max(input.licences.owned, input.licences.inUse);
    if (input.licences.quoted < required) {
      state.errors.push({
        code: 'contract.partial_licence_coverage',
        message: `The quote must cover all ${required} licences owned or in use, not ${input.licences.quoted}.`,
      });
      state.explanation.push(
        `Quotes cover the greater of owned and in-use licences: ${required} (${rules.licence_coverage_source?.clause}).`,
      );
      return undefined;
    }
  }
  const currency = price.currency;
  const request = state.sorted.find((e) => e.kind === 'reinstatement_request');
  if (request && state.endedOn) {
    const lapseStart = addDays(state.endedOn, 1);
    const months = wholeMonthsBetween(lapseStart, addDays(request.on, -1));
    const back = Math.round((annual * months) / 12);
    const lines: TQuoteLine[] = [
      {
        code: 'back_fees',
        description: `Back fees, ${months} whole months`,
        from: lapseStart,
        to: addDays(request.on, -1),
        amountMinor: back,
        currency,
      },
    ];
    if (rules.reinstatement.surcharge_percent_of_back_fees > 0) {
      const pct = rules.reinstatement.surcharge_percent_of_back_fees;
      lines.push({
        code: 'reinstatement_surcharge',
        description: `Reinstatement fee, ${pct}% of back fees`,
        amountMinor: Math.round((back * pct) / 100),
        currency,
      });
    }
    if (rules.reinstatement.reinstatement_fee !== null || rules.reinstatement.reinstatement_fee_placeholder) {
      lines.push({
        code: 'reinstatement_fee',
        description: 'Reinstatement fee',
        amountMinor: Math.round((rules.reinstatement.reinstatement_fee ?? 0) * 100),
        currency,
      });
    }
    if (rules.reinstatement.new_term_fee) {
      const to = addDays(addMonths(request.on, rules.term.renewal_months), -1);
      lines.push({
        code: 'new_term',
        description: 'New support term',
        from: request.on,
        to,
        amountMinor: annual,
        currency,
      });
    }
    state.explanation.push(
      `Reinstatement quote: back fees prorated by whole months at the current annual price (${rules.reinstatement.source.clause}).`,
    );
    return buildQuote(lines, currency);
  }
  const from = addDays(state.current.end, 1);
  const to = addDays(addMonths(from, rules.term.renewal_months), -1);
  return buildQuote(
    [{ code: 'renewal', description: 'Renewal term', from, to, amountMinor: annual, currency }],
    currency,
  );
}
