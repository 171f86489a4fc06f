import { AppError } from '../../lib/app-error.js';
import { BusinessCalendar } from '../calendar/index.js';
import type { TCalendarSpec } from '../calendar/types.js';
import type { TPolicy } from '../packs/schema.js';
import type { TCentre } from '../packs/schema-calendar.js';
import { toLocalParts } from '../sla/local-time.js';
import { computeRmaDeadline } from './compute-rma-deadline.js';
import { findDefectRefusal, findRmaRefusal } from './refuse-rma.js';
import type { TRmaDeadline, TRmaEvent, TRmaEventKind, TRmaInput, TRmaResult, TShipping } from './types.js';
import { computeWarrantyEnd, isInWarranty } from './warranty-end.js';

/**
 * The RMA rules of a pack applied to one appliance and its events (IMP-15..36, readings H1, H2, T5, K1):
 * the type, refusal, deadlines with their explanation, shipping, charge proposal, warranty end and flags.
 * Pure: the CLI (`aftercare rma explain`) and the API call this same function.
 */
export function resolveRma(policy: TPolicy, input: TRmaInput): TRmaResult {
  const rules = policy.rma.by_plan.find((p) => p.plan === input.plan);
  if (!policy.plans.some((p) => p.id === input.plan) || (!rules && policy.rma.available)) {
    throw new AppError('rma.unknown_plan', `Unknown plan "${input.plan}" for RMA in pack ${policy.id}`);
  }
  const centre = policy.centres.find((c) => c.id === input.centre);
  if (!centre) {
    throw new AppError(
      'rma.unknown_centre',
      `Unknown centre "${input.centre}" (known: ${policy.centres.map((c) => c.id).join(', ')})`,
    );
  }
  const zone = centre.calendar.timezone;
  const original = input.appliance.warrantyEnd ?? computeWarrantyEnd(input.appliance.shipDate);
  const notes: string[] = [];
  const base = { deadlines: [], flags: [], notes, warrantyEnd: original };
  const refused = findRmaRefusal(policy, input);
  if (refused || !rules) return { ...base, type: null, ...(refused ? { refused } : {}) };

  const at = (kind: TRmaEventKind) => lastEvent(input.events, kind);
  const concluded = at('defect_concluded');
  const decisionDay = toLocalParts(
    concluded?.at ?? input.asOf ?? Date.parse(`${input.appliance.shipDate}T12:00:00Z`),
    zone,
  ).date;
  const inWarranty = isInWarranty(original, decisionDay);
  notes.push(
    `Warranty ends ${original}${input.appliance.warrantyEnd ? ' (as recorded for this unit)' : ` (last day of the 12th month after shipment on ${input.appliance.shipDate})`}: ${inWarranty ? 'in warranty' : 'out of warranty'} on ${decisionDay}.`,
  );

  const upgrade = findRequiredModel(policy, input);
  if (upgrade) {
    const free =
      policy.rma.free_model_upgrade_products.includes(input.appliance.product) &&
      (rules.after_warranty === 'advance_replacement' || inWarranty);
    const shipped = at('replacement_shipped');
    notes.push(
      `Release ${upgrade.release} needs model ${upgrade.model} or later; this appliance is ${input.appliance.model}.`,
      free
        ? 'A later-model replacement pair is supplied at no cost, keeping the original warranty end.'
        : 'A later-model replacement is offered at the then-current price, with a new 12-month warranty from its shipment.',
    );
    return {
      ...base,
      type: 'model_upgrade',
      shipping: 'standard',
      ...(!free && input.price ? { charge: input.price } : {}),
      flags: free ? ['rma.upgrade_at_no_cost'] : ['rma.quote_required'],
      warrantyEnd: !free && shipped ? computeWarrantyEnd(toLocalParts(shipped.at, zone).date) : original,
    };
  }

  const defectRefusal = findDefectRefusal(policy, input);
  if (defectRefusal) return { ...base, type: null, refused: defectRefusal };
  const defect = concluded as TRmaEvent;
  const component = defect.component === true;
  const calendar = calendarOf(centre);
  const flags: string[] = component ? ['rma.field_replaceable_component'] : [];
  const deadlines: TRmaDeadline[] = [];
  const kind = inWarranty ? rules.in_warranty : rules.after_warranty;
  const shipped = at('replacement_shipped');

  if (kind === 'paid_replacement') {
    notes.push('Out of warranty on the Standard plan: a replacement is offered at the then-current price.');
    if (shipped) notes.push('The replacement carries a new 12-month warranty from its shipment.');
    return {
      ...base,
      type: 'priced_replacement',
      shipping: 'standard',
      ...(input.price ? { charge: input.price } : {}),
      flags: [...flags, 'rma.quote_required'],
      warrantyEnd: shipped ? computeWarrantyEnd(toLocalParts(shipped.at, zone).date) : original,
    };
  }

  if (kind === 'return_and_repair') {
    notes.push('A prepaid return label is issued; the customer packages the unit.');
    const received = at('unit_received');
    if (received) {
      deadlines.push(
        computeRmaDeadline(policy, centre, calendar, {
          name: 'ship_by',
          startWhat: 'the defective unit was received',
          start: received.at,
          days: rules.ship_business_days,
          source: rules.source,
          doneAt: shipped?.at,
          doneWhat: 'Repaired or replacement unit shipped',
          asOf: input.asOf,
        }),
      );
    }
    if (deadlines[0]?.met === false) flags.push('rma.ship_overdue');
    return { ...base, type: 'return_and_repair', shipping: 'standard', deadlines, flags };
  }

  // Advance replacement (Premium, regardless of warranty).
  const destination = defect.destination?.toUpperCase();
  const shipping = chooseShipping(policy, destination);
  deadlines.push(
    computeRmaDeadline(policy, centre, calendar, {
      name: 'ship_by',
      startWhat: 'the vendor concluded the hardware is defective',
      start: defect.at,
      days: rules.ship_business_days,
      source: rules.source,
      doneAt: shipped?.at,
      doneWhat: component ? 'Component shipped' : 'Replacement shipped',
      asOf: input.asOf,
    }),
  );
  if (deadlines[0]?.met === false) flags.push('rma.ship_overdue');
  const delivered = at('replacement_delivered');
  const returnStart = delivered ?? shipped;
  if (!component && rules.return_business_days !== null && returnStart) {
    const returned = at('unit_returned');
    const due = computeRmaDeadline(policy, centre, calendar, {
      name: 'return_due',
      startWhat: delivered
        ? 'the replacement was delivered'
        : 'the replacement was shipped (no delivery recorded)',
      start: returnStart.at,
      days: rules.return_business_days,
      source: policy.rma.rules.find((r) => r.id === 'return-within-15')?.source ?? rules.source,
      doneAt: returned?.at,
      doneWhat: 'Defective unit returned',
      asOf: input.asOf,
    });
    deadlines.push(due);
    if (due.met === false) flags.push('rma.return_overdue');
  }
  const overdue = flags.includes('rma.return_overdue');
  if (overdue) {
    flags.push('rma.charge_proposed');
    notes.push(
      'The defective unit was not returned in time: a charge at the then-current price is proposed for a vendor user to approve.',
    );
  }
  notes.push(
    `Shipped ${shipping}${shipping === 'expedited' ? ` (overnight is not available for ${destination})` : ''}, with packing material and a prepaid return label; the replacement keeps the original warranty end.`,
  );
  return {
    ...base,
    type: 'advance_replacement',
    shipping,
    deadlines,
    flags,
    ...(overdue && input.price ? { charge: input.price } : {}),
  };
}

function chooseShipping(policy: TPolicy, destination: string | undefined): TShipping {
  const shipping = policy.rma.shipping;
  if (!shipping) return 'expedited';
  if (
    shipping.advance_replacement === 'overnight' &&
    destination &&
    shipping.overnight_unavailable.includes(destination)
  ) {
    return 'expedited';
  }
  return shipping.advance_replacement;
}

/** The minimum model the current release needs, when this appliance is older (IMP-28/29/31/36). */
export function findRequiredModel(
  policy: TPolicy,
  input: Pick<TRmaInput, 'appliance' | 'currentVersions'>,
): { release: string; model: string } | null {
  const current = input.currentVersions?.[0];
  const model = input.appliance.model;
  if (!current || !model || input.appliance.kind !== 'physical') return null;
  const need = policy.rma.release_minimum_models.find((r) => r.release === current);
  if (!need) return null;
  const order = policy.rma.models;
  // "OneSign Appliance G4" → "g4": the model id is the last word of the recorded model.
  const rank = (text: string) => order.indexOf(text.toLowerCase().split(/\s+/).pop() ?? '');
  const have = rank(model);
  const want = rank(need.model);
  if (want < 0 || have < 0 || have >= want) return null;
  return { release: need.release, model: need.model };
}

function lastEvent(events: TRmaEvent[], kind: TRmaEventKind): TRmaEvent | undefined {
  let found: TRmaEvent | undefined;
  for (const e of events) if (e.kind === kind && (!found || e.at >= found.at)) found = e;
  return found;
}

const calendars = new WeakMap<TCentre, BusinessCalendar>();
function calendarOf(centre: TCentre): BusinessCalendar {
  let calendar = calendars.get(centre);
  if (!calendar) {
    calendar = BusinessCalendar.fromSpec(centre.calendar as TCalendarSpec);
    calendars.set(centre, calendar);
  }
  return calendar;
}
