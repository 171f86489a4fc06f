import type { TPolicy } from '../packs/schema.js';
import { citeSource } from './cite.js';
import { computeMilestone } from './compute-milestone.js';
import { describeClock } from './describe-clock.js';
import { describeInstant } from './local-time.js';
import { buildSlaContext, type TSlaContext } from './sla-context.js';
import type { TSlaInput, TSlaMilestone, TSlaResult } from './types.js';

export type { TSlaInput, TSlaMilestone, TSlaResult } from './types.js';

/**
 * Computes each SLA milestone of a case (first response, resolution, timed escalations) with the
 * serving centre's business calendar, and explains every due time with the clauses that set it.
 * Pure: the opening instant and all data come in as arguments.
 */
export function resolveSla(policy: TPolicy, input: TSlaInput): TSlaResult {
  const context = buildSlaContext(policy, input);
  const milestones: TSlaMilestone[] = [
    computeMilestone(context, 'first_response'),
    computeMilestone(context, 'resolution'),
    ...computeEscalations(context),
  ];
  addFollowTheSunNote(context, milestones);
  return { centre: context.centre.id, channel: context.channel, received: context.received, milestones };
}

/** Timed escalations (IVA-16, C4): elapsed hours from submission, whatever the channel. */
function computeEscalations(context: TSlaContext): TSlaMilestone[] {
  const { policy, plan, severity } = context;
  const zone = context.centre.calendar.timezone;
  return policy.sla.escalations
    .filter((rule) => rule.plans.includes(plan.id) && rule.severities.includes(severity.id))
    .map((rule) => {
      const due = context.opened + rule.after.hours * 3_600_000;
      const when =
        rule.after.hours === 0
          ? 'when the case is opened'
          : `${rule.after.hours} elapsed hours after submission if unresolved`;
      return {
        name: 'escalation',
        due,
        kind: 'deadline',
        target: rule.text,
        clock: describeClock('elapsed_from_submission', context.centre),
        clause: rule.source.clause,
        timing: { start: context.opened, clock: 'elapsed' },
        explanation: [
          ...context.preamble,
          `Escalation to ${rule.to.replaceAll('_', ' ')} ${when} — ${citeSource(policy, rule.source)}.`,
          `Due ${describeInstant(due, zone)}.`,
        ],
      } satisfies TSlaMilestone;
    });
}

/** C5: follow-the-sun transfer of an S1 needs a recorded customer 24x7 contact. */
function addFollowTheSunNote(context: TSlaContext, milestones: TSlaMilestone[]): void {
  const rule = context.policy.sla.settings.follow_the_sun;
  if (!rule?.plans.includes(context.plan.id) || !rule.severities.includes(context.severity.id)) return;
  const note =
    context.input.hasCustomer24x7Contact === true || !rule.requires_24x7_contact
      ? `Unsolved within the centre's business hours, the incident may be transferred follow-the-sun to other sites — ${citeSource(context.policy, rule.source)}.`
      : `No customer 24x7 contact is recorded: only the initial response is 24x7; the case is then worked in the business hours of centre ${context.centre.id} — ${citeSource(context.policy, rule.source)}.`;
  for (const milestone of milestones) if (milestone.name === 'resolution') milestone.explanation.push(note);
}
