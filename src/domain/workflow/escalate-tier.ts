import { AppError } from '../../lib/app-error.js';
import type { TPolicy } from '../packs/schema.js';

export type TEscalationInput = {
  fromTier: number;
  toTier: number;
  /** One of the target tier's categories in the pack, when it has any (IMP-58 for Tier 3). */
  category?: string | undefined;
  evidence?: readonly string[] | undefined;
};

export type TEvidenceCheck = { item: string; name: string; provided: boolean };

export type TEscalationPlan = {
  tier: number;
  tierName: string;
  notifyCustomer: boolean;
  notifyExecutives: boolean;
  /** Tier 3 and every escalated case show in the support manager's view. */
  supportManagerView: true;
  clause: string | null;
  /** The category taken and what it needs (any one item), or null when the tier has none. */
  category: { id: string; name: string; checklist: TEvidenceCheck[] } | null;
};

/**
 * Plans an escalation one or more tiers up (1 → 2 → 3). When the pack gives the target tier
 * categories (Imprivata Tier 3, IMP-58), one is required with at least one item of the evidence it
 * needs — evidence the category marks not sufficient (a screen share for agent issues) does not
 * count. Whether the customer and the executives are notified comes from the pack's tiers; a pack
 * without tiers notifies the customer on every escalation.
 */
export function planEscalation(policy: TPolicy, input: TEscalationInput): TEscalationPlan {
  const { fromTier, toTier } = input;
  if (!Number.isInteger(toTier) || toTier < 1 || toTier > 3 || toTier <= fromTier) {
    throw new AppError('case.invalid_escalation', `Cannot escalate from Tier ${fromTier} to Tier ${toTier}`, [
      { field: 'tier', message: `must be above ${fromTier} and at most 3` },
    ]);
  }
  const tier = policy.escalation_tiers[toTier - 1];
  return {
    tier: toTier,
    tierName: tier?.name ?? `Tier ${toTier}`,
    notifyCustomer: tier ? tier.notify_customer : true,
    notifyExecutives: tier ? tier.notify_executives : false,
    supportManagerView: true,
    clause: tier?.source.clause ?? null,
    category: checkCategory(tier, input),
  };
}

function checkCategory(
  tier: TPolicy['escalation_tiers'][number] | undefined,
  input: TEscalationInput,
): TEscalationPlan['category'] {
  const categories = tier?.categories ?? [];
  if (categories.length === 0) {
    if (input.category !== undefined) {
      throw new AppError(
        'case.invalid_escalation',
        `${tier?.name ?? `Tier ${input.toTier}`} has no categories`,
        [{ field: 'category', message: 'not used by this tier' }],
      );
    }
    return null;
  }
  const category = categories.find((candidate) => candidate.id === input.category);
  if (!category || !tier) {
    throw new AppError('case.tier3_category_required', `${tier?.name} needs a category`, [
      { field: 'category', message: `one of ${categories.map((candidate) => candidate.id).join(', ')}` },
    ]);
  }
  const known = new Map(tier.evidence.map((item) => [item.id, item.name]));
  const given = input.evidence ?? [];
  const unknown = given.find((item) => !known.has(item));
  if (unknown !== undefined) {
    throw new AppError('request.invalid', `Unknown evidence "${unknown}"`, [
      { field: 'evidence', message: `one of ${[...known.keys()].join(', ')}` },
    ]);
  }
  const needs = category.needs_one_of;
  const counted = given.filter((item) => !category.not_sufficient.includes(item));
  if (needs.length > 0 && !needs.some((item) => counted.includes(item))) {
    const names = needs.map((item) => known.get(item) ?? item).join(' or ');
    const notEnough = category.not_sufficient.map((item) => known.get(item) ?? item).join(', ');
    throw new AppError(
      'case.tier3_requirements_missing',
      `${category.name} needs ${names}${notEnough ? ` (not sufficient: ${notEnough})` : ''}`,
      [{ field: 'evidence', message: `needs one of ${needs.join(', ')}` }],
    );
  }
  return {
    id: category.id,
    name: category.name,
    checklist: needs.map((item) => ({ item, name: known.get(item) ?? item, provided: given.includes(item) })),
  };
}
