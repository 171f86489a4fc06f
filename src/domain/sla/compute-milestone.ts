import type { TMilestoneName } from '../packs/schema-common.js';
import type { TTarget } from '../packs/schema-sla.js';
import { citeSource } from './cite.js';
import { describeClock, targetMilliseconds } from './describe-clock.js';
import { describeInstant, offsetAt } from './local-time.js';
import type { TSlaContext } from './sla-context.js';
import type { TSlaMilestone } from './types.js';

/** One first-response or resolution milestone: eligibility, clock overrides, closures, due instant. */
export function computeMilestone(context: TSlaContext, name: TMilestoneName): TSlaMilestone {
  const { policy, plan, severity, channel } = context;
  const zone = context.centre.calendar.timezone;
  let target = targetFor(context, severity.id, name);
  const explanation = [...context.preamble];

  const rule = policy.sla.eligibility.find(
    (r) =>
      r.severities.includes(severity.id) &&
      r.milestones.includes(name) &&
      !r.require_channels.includes(channel),
  );
  if (rule) {
    if (rule.otherwise === 'not_eligible') {
      explanation.push(
        `${severity.id} reported via ${channel}: not eligible for the ${severity.id} target (${target.text}); severity stays ${severity.id} and the agent should ask for a ${rule.require_channels.join('/')} report — ${citeSource(policy, rule.source)}.`,
      );
      return {
        name,
        due: null,
        kind: 'not_eligible',
        target: target.text,
        clock: describeClock(target.clock, context.centre),
        explanation,
        clause: rule.source.clause,
      };
    }
    explanation.push(
      `${severity.id} reported via ${channel}: the ${rule.otherwise.use_severity} target applies instead (pack option) — ${citeSource(policy, rule.source)}.`,
    );
    target = targetFor(context, rule.otherwise.use_severity, name);
  }

  explanation.push(`Target: ${target.text} — ${citeSource(policy, target.source)}.`);
  let clock: TTarget['clock'] = target.clock;
  const override = policy.sla.clock_overrides.find(
    (o) =>
      o.plans.includes(plan.id) &&
      o.severities.includes(severity.id) &&
      o.milestones.includes(name) &&
      o.channels.includes(channel),
  );
  if (override && (target.clock === 'business_hours' || target.clock === 'business_days')) {
    clock = 'elapsed';
    explanation.push(
      `Reported by ${channel} on a plan with 24x7 ${severity.id} phone support: the target runs 24x7 in elapsed time — ${citeSource(policy, override.source)}.`,
    );
  }

  const base = {
    name,
    target: target.text,
    clock: describeClock(clock, context.centre),
    clause: target.source.clause,
  };
  let due: number;
  switch (target.clock) {
    case 'no_commitment':
      explanation.push('No commitment: this milestone has no due time.');
      return { ...base, due: null, kind: 'no_commitment', explanation };
    case 'next_release': {
      const ga = context.input.nextReleaseGa;
      if (ga === undefined) {
        explanation.push(
          'Due at the GA date of the first release after the defect is confirmed; no release is scheduled, so there is no due time and it is never breached until a release ships without the fix (C6).',
        );
        return { ...base, due: null, kind: 'next_release', explanation };
      }
      explanation.push(`Due at the GA of the next release: ${describeInstant(ga, zone)} (C6).`);
      return { ...base, due: ga, kind: 'next_release', explanation };
    }
    case 'elapsed':
    case 'business_hours':
    case 'business_days':
      due = computeDue(context, target, clock, explanation);
      break;
    default: {
      const unreachable: never = target;
      return unreachable;
    }
  }

  const closure = policy.sla.settings.closure;
  if (closure && closure.milestone === name && context.closureEnd !== null) {
    const closureDue = context.calendar.addBusinessDays(context.closureEnd, closure.business_days_after);
    const replaced = closure.combine === 'replace' ? closureDue : Math.max(due, closureDue);
    explanation.push(
      `Submitted during a scheduled closure ending ${describeInstant(context.closureEnd, zone)}: non-emergency requests are answered within ${closure.business_days_after} business day(s) after it (${closure.combine === 'replace' ? 'replaces the normal target' : 'later of the two'}) — ${citeSource(policy, closure.source)}.`,
    );
    due = replaced;
  }
  noteMoves(context, context.received, due, clock, explanation);
  explanation.push(`Due ${describeInstant(due, zone)}.`);
  const timing = { start: context.received, clock: clock === 'elapsed' ? 'elapsed' : 'business' } as const;
  return { ...base, clock: describeClock(clock, context.centre), due, kind: 'deadline', explanation, timing };
}

function computeDue(
  context: TSlaContext,
  target: TTarget,
  clock: TTarget['clock'],
  explanation: string[],
): number {
  const start = context.received;
  const zone = context.centre.calendar.timezone;
  const amount =
    target.clock === 'business_days'
      ? { hours: target.days * 24 }
      : target.clock === 'business_hours' || target.clock === 'elapsed'
        ? target
        : { hours: 0 };
  if (clock === 'elapsed') {
    const due = start + targetMilliseconds(amount);
    explanation.push(
      `Clock starts ${describeInstant(start, zone)} and runs around the clock (T6: 1 day = 24 elapsed hours).`,
    );
    return due;
  }
  if (target.clock === 'business_days') {
    explanation.push(
      `Clock starts ${describeInstant(start, zone)}; due at the same local time on the ${target.days}${ordinal(target.days)} business day after (T5).`,
    );
    return context.calendar.addBusinessDays(start, target.days);
  }
  const duration = { hours: amount.hours ?? 0, minutes: (amount as { minutes?: number }).minutes ?? 0 };
  if (context.policy.sla.settings.due_instant === 'earliest') {
    explanation.push(
      `Clock starts ${describeInstant(start, zone)}; due at the earliest instant the business time is used up (T4).`,
    );
    return context.calendar.addEarliest(start, duration);
  }
  explanation.push(
    `Clock starts ${describeInstant(start, zone)}; due when the business time is used up, moved to the next opening if that is a close.`,
  );
  return context.calendar.add(start, duration);
}

function targetFor(context: TSlaContext, severityId: string, name: TMilestoneName): TTarget {
  const row = context.policy.sla.matrix.find((r) => r.plan === context.plan.id && r.severity === severityId);
  if (!row) throw new Error(`pack ${context.policy.id} has no SLA row for ${context.plan.id}/${severityId}`);
  return row[name];
}

/** Explains what moved the due time: holidays, closures and DST changes between start and due. */
export function noteMoves(
  context: TSlaContext,
  start: number,
  due: number,
  clock: TTarget['clock'],
  explanation: string[],
): void {
  const zone = context.centre.calendar.timezone;
  if (due > start && clock !== 'elapsed') {
    for (const holiday of context.calendar.holidaysBetween(start, due)) {
      explanation.push(
        `Holiday ${holiday.date} (${holiday.name}) of centre ${context.centre.id} is not business time.`,
      );
    }
    for (const closure of context.calendar.closuresBetween(start, due)) {
      explanation.push(
        `Closure on ${closure.date}${closure.from ? ` ${closure.from}–${closure.to ?? '24:00'}` : ''}${closure.reason ? ` (${closure.reason})` : ''} is not business time.`,
      );
    }
  }
  const before = offsetAt(start, zone);
  const after = offsetAt(due, zone);
  if (before !== after)
    explanation.push(`Crosses a daylight-saving change in ${zone} (${before} → ${after}).`);
}

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return 'th';
  return ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
}
