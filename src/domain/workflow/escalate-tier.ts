import { AppError } from '../../lib/app-error.js';
import type { TPolicy } from '../packs/schema.js';

export const tier3Categories = ['appliance_service', 'agent', 'other'] as const;
export type TTier3Category = (typeof tier3Categories)[number];

export const tier3Evidence = [
  'server_logs',
  'vpn_remote_access',
  'vm_image',
  'shipped_machine',
  'screen_share',
] as const;
export type TTier3Evidence = (typeof tier3Evidence)[number];

export type TEscalationInput = {
  fromTier: number;
  toTier: number;
  /** Required when escalating to Tier 3 (IMP-58). */
  category?: TTier3Category | undefined;
  evidence?: readonly TTier3Evidence[] | undefined;
};

export type TEscalationPlan = {
  tier: number;
  tierName: string;
  notifyCustomer: boolean;
  notifyExecutives: boolean;
  /** Tier 3 and every escalated case show in the support manager's view. */
  supportManagerView: true;
  clause: string | null;
};

/** Which evidence each Tier 3 category needs: any one of the listed items (IMP-58). */
export const tier3Requirements: Record<TTier3Category, readonly TTier3Evidence[]> = {
  appliance_service: ['server_logs'],
  agent: ['vpn_remote_access', 'vm_image', 'shipped_machine'],
  other: [],
};

/**
 * Plans an escalation one or more tiers up (1 → 2 → 3). Tier 3 needs a category and its evidence:
 * appliance service issues need server logs; agent issues need remote access by VPN, a VM image or a
 * shipped machine — a screen share is not enough. Whether the customer and the executives are
 * notified comes from the pack's tiers; a pack without tiers notifies the customer on every escalation.
 */
export function planEscalation(policy: TPolicy, input: TEscalationInput): TEscalationPlan {
  const { fromTier, toTier } = input;
  if (!Number.isInteger(toTier) || toTier < 1 || toTier > 3 || toTier <= fromTier) {
    throw new AppError('case.invalid_escalation', `Cannot escalate from Tier ${fromTier} to Tier ${toTier}`, [
      { field: 'tier', message: `must be above ${fromTier} and at most 3` },
    ]);
  }
  if (toTier === 3) {
    if (!input.category) {
      throw new AppError('case.tier3_category_required', 'Tier 3 needs a category', [
        { field: 'category', message: `one of ${tier3Categories.join(', ')}` },
      ]);
    }
    const needs = tier3Requirements[input.category];
    const has = input.evidence ?? [];
    if (needs.length > 0 && !needs.some((item) => has.includes(item))) {
      throw new AppError(
        'case.tier3_requirements_missing',
        `Tier 3 ${input.category.replace('_', ' ')} issues need ${needs.join(' or ').replaceAll('_', ' ')}${input.category === 'agent' ? ' (a screen share is not sufficient)' : ''}`,
        [{ field: 'evidence', message: `needs one of ${needs.join(', ')}` }],
      );
    }
  }
  const tier = policy.escalation_tiers[toTier - 1];
  return {
    tier: toTier,
    tierName: tier?.name ?? `Tier ${toTier}`,
    notifyCustomer: tier ? tier.notify_customer : true,
    notifyExecutives: tier ? tier.notify_executives : false,
    supportManagerView: true,
    clause: tier?.source.clause ?? null,
  };
}
