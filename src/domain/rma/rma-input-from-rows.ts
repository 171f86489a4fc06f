import type { TRmaEvent, TRmaInput } from './types.js';

/** "Imprivata OneSign Anywhere" → "onesign-anywhere": the product key pack rules name. */
export function productKeyOf(productName: string | null): string {
  if (!productName) return 'unknown';
  return productName
    .toLowerCase()
    .replace(/^imprivata\s+/, '')
    .trim()
    .replaceAll(/\s+/g, '-');
}

export type TRmaRowFacts = {
  plan: string;
  centre: string;
  appliance: {
    productName: string | null;
    model: string;
    kind: 'physical' | 'virtual' | 'third_party';
    shipDate: string;
    softwareVersion: string | null;
    warrantyEnd: string;
  };
  currentVersions: string[];
  finding: {
    conclusion: 'hardware_defect' | 'excluded_cause' | 'no_defect';
    concludedAt: Date;
    excludedCause: string | null;
    onsiteRequested: boolean;
    destination: string | null;
  } | null;
  component?: boolean;
  tracked?: {
    unitReceivedAt?: Date | null;
    replacementShippedAt?: Date | null;
    replacementDeliveredAt?: Date | null;
    unitReturnedAt?: Date | null;
  };
  price?: { amountMinor: number; currency: string };
  asOf: Date;
};

/** The stored facts of a case, appliance and RMA as the input of `resolveRma` (same function as the CLI). */
export function buildRmaInput(facts: TRmaRowFacts): TRmaInput {
  const events: TRmaEvent[] = [];
  const f = facts.finding;
  if (f) {
    if (f.conclusion === 'hardware_defect' || f.conclusion === 'excluded_cause') {
      events.push({
        kind: 'defect_concluded',
        at: f.concludedAt.getTime(),
        ...(f.destination ? { destination: f.destination } : {}),
        ...(facts.component ? { component: true } : {}),
      });
    }
    if (f.conclusion === 'excluded_cause') {
      events.push({
        kind: 'excluded_cause',
        at: f.concludedAt.getTime(),
        cause: f.excludedCause ?? undefined,
      });
    }
    if (f.onsiteRequested) events.push({ kind: 'onsite_requested', at: f.concludedAt.getTime() });
  }
  const t = facts.tracked ?? {};
  const add = (kind: TRmaEvent['kind'], at: Date | null | undefined) => {
    if (at) events.push({ kind, at: at.getTime() });
  };
  add('unit_received', t.unitReceivedAt);
  add('replacement_shipped', t.replacementShippedAt);
  add('replacement_delivered', t.replacementDeliveredAt);
  add('unit_returned', t.unitReturnedAt);
  return {
    plan: facts.plan,
    centre: facts.centre,
    appliance: {
      product: productKeyOf(facts.appliance.productName),
      model: facts.appliance.model,
      kind: facts.appliance.kind,
      shipDate: facts.appliance.shipDate,
      softwareVersion: facts.appliance.softwareVersion ?? undefined,
      warrantyEnd: facts.appliance.warrantyEnd,
    },
    currentVersions: facts.currentVersions,
    events,
    price: facts.price,
    asOf: facts.asOf.getTime(),
  };
}
