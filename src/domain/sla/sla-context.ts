import { AppError } from '../../lib/app-error.js';
import { BusinessCalendar } from '../calendar/index.js';
import type { TCalendarSpec } from '../calendar/types.js';
import type { TPolicy } from '../packs/schema.js';
import type { TCentre } from '../packs/schema-calendar.js';
import type { TChannel } from '../packs/schema-common.js';
import type { TPlan, TSeverity } from '../packs/schema-plan.js';
import { citeSource } from './cite.js';
import { describeInstant, toLocalClosures } from './local-time.js';
import type { TSlaInput } from './types.js';

/** Everything a milestone computation needs, resolved once per request. */
export type TSlaContext = {
  policy: TPolicy;
  plan: TPlan;
  severity: TSeverity;
  centre: TCentre;
  channel: TChannel;
  opened: number;
  /** Calendar the milestone clocks run on (emergencies ignore closures, C7). */
  calendar: BusinessCalendar;
  /** When the request counts as received (C1). */
  received: number;
  /** Set when a non-emergency request was submitted during a closure: the instant the closure ends. */
  closureEnd: number | null;
  /** Lines every milestone explanation starts with. */
  preamble: string[];
  input: TSlaInput;
};

export function buildSlaContext(policy: TPolicy, input: TSlaInput): TSlaContext {
  const plan = policy.plans.find((p) => p.id === input.plan);
  if (!plan) throw unknown('plan', input.plan, policy.plans);
  const severity = policy.severities.find((s) => s.id === input.severity);
  if (!severity) throw unknown('severity', input.severity, policy.severities);
  const centre =
    input.centre === undefined ? policy.centres[0] : policy.centres.find((c) => c.id === input.centre);
  if (!centre) throw unknown('centre', String(input.centre), policy.centres);
  if (!Number.isFinite(input.opened))
    throw new AppError('sla.invalid_input', 'opened must be a valid instant');
  const channel = input.channel ?? policy.sla.settings.default_channel;
  const zone = centre.calendar.timezone;
  const preamble: string[] = [
    `Plan ${plan.id} (${plan.name}), severity ${severity.id} (${severity.name}), channel ${channel}${input.channel ? '' : ' (pack default)'}, centre ${centre.id} (${centre.name})${input.centre ? '' : ' (first centre of the pack: no centre given)'}.`,
  ];
  if (centre.placeholder && centre.placeholder_note) preamble.push(centre.placeholder_note);
  if (!plan.channels.includes(channel)) {
    preamble.push(
      `Channel ${channel} is not one the seed lists for this plan (${plan.channels.join(', ')}); treated as a written submission (C1).`,
    );
  }
  if (channel === 'phone' && plan.pin_required && input.pinVerified !== true) {
    throw new AppError(
      'sla.premium_pin_required',
      `Plan ${plan.id} requires the Premium Support PIN on every phone call; a call without a valid PIN is refused (C8, ${plan.features.premium_pin?.source.clause ?? 'IMP-41'})`,
    );
  }

  const inputClosures = input.closure
    ? toLocalClosures(input.closure.from, input.closure.to, zone, 'scheduled closure')
    : [];
  const fullSpec: TCalendarSpec = {
    ...centre.calendar,
    closures: [...centre.calendar.closures, ...inputClosures],
  } as TCalendarSpec;
  const closed =
    inputClosures.length === 0
      ? cachedCalendar(centre, 'with_closures')
      : BusinessCalendar.fromSpec(fullSpec);
  const span = closed
    .closuresBetween(input.opened, input.opened + 1)
    .find((c) => c.start <= input.opened && input.opened < c.end);
  const openedInClosure = span !== undefined;
  let calendar = closed;
  let closureEnd: number | null = null;
  if (fullSpec.closures && fullSpec.closures.length > 0) {
    if (severity.emergency) {
      calendar = cachedCalendar(centre, 'without_closures');
      if (openedInClosure)
        preamble.push(`Opened during a scheduled closure; emergencies keep their normal targets (C7).`);
    } else if (openedInClosure) {
      closureEnd =
        input.closure && input.opened < input.closure.to ? input.closure.to : closed.nextOpen(input.opened);
    }
  }

  let received = input.opened;
  const open = calendar.isOpen(input.opened);
  const afterHours = plan.after_hours_phone;
  const phoneAccepted =
    channel === 'phone' && (open || (afterHours?.severities.includes(severity.id) ?? false));
  if (!open) {
    if (phoneAccepted && afterHours) {
      preamble.push(
        `Phone call at ${describeInstant(input.opened, zone)} outside business hours is accepted for ${severity.id} on this plan and received when made (C1, ${citeSource(policy, afterHours.source)}).`,
      );
    } else {
      received = calendar.nextOpen(input.opened);
      const why =
        channel === 'phone'
          ? 'after-hours calls are not accepted for this plan and severity, so the request is handled as received at the next opening (C1)'
          : 'written submissions outside business hours are received at the next opening (C1)';
      preamble.push(
        `Opened ${describeInstant(input.opened, zone)}, outside the business hours of centre ${centre.id}; ${why}: ${describeInstant(received, zone)}.`,
      );
    }
  } else {
    preamble.push(
      `Opened and received ${describeInstant(input.opened, zone)}, within business hours of centre ${centre.id}.`,
    );
  }
  return {
    policy,
    plan,
    severity,
    centre,
    channel,
    opened: input.opened,
    calendar,
    received,
    closureEnd,
    preamble,
    input,
  };
}

function unknown(kind: string, value: string, known: readonly { id: string }[]): AppError {
  return new AppError(
    `sla.unknown_${kind}`,
    `Unknown ${kind} "${value}" (known: ${known.map((k) => k.id).join(', ')})`,
  );
}

/** Calendars of a (frozen) pack centre are built once: with its closures, and without (emergencies). */
const calendarCache = new WeakMap<
  TCentre,
  Partial<Record<'with_closures' | 'without_closures', BusinessCalendar>>
>();

function cachedCalendar(centre: TCentre, variant: 'with_closures' | 'without_closures'): BusinessCalendar {
  let entry = calendarCache.get(centre);
  if (!entry) {
    entry = {};
    calendarCache.set(centre, entry);
  }
  let calendar = entry[variant];
  if (!calendar) {
    const spec = variant === 'with_closures' ? centre.calendar : { ...centre.calendar, closures: [] };
    calendar = BusinessCalendar.fromSpec(spec as TCalendarSpec);
    entry[variant] = calendar;
  }
  return calendar;
}
