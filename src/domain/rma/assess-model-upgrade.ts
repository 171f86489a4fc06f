import type { TPolicy } from '../packs/schema.js';
import { findRequiredModel } from './resolve-rma.js';
import { isInWarranty } from './warranty-end.js';

export type TModelUpgradeInput = {
  /** The release version that declares a minimum model (pack `rma.release_minimum_models`). */
  release: string;
  appliance: {
    product: string;
    model: string;
    kind: 'physical' | 'virtual' | 'third_party';
    warrantyEnd: string;
  };
  /** The account's plan under the pack, null without a contract. */
  plan: string | null;
  /** Under maintenance on `today` (loadEntitlement). */
  entitled: boolean;
  today: string;
};

export type TModelUpgradeAssessment = {
  release: string;
  requiredModel: string;
  outcome: 'free_pair' | 'quote';
  clause: 'IMP-28' | 'IMP-29' | 'IMP-31' | 'IMP-36';
  /** Plain words. */
  reason: string;
  /** Free pair: the original warranty end is kept; quote: null (a new 12-month warranty from shipment). */
  warrantyEnd: string | null;
};

/**
 * A release that needs a later appliance model (IMP-28/29/31/36), for one appliance of an account:
 * OneSign customers under maintenance get a free replacement pair keeping the warranty end (in warranty,
 * or on Premium regardless of warranty); OneSign Anywhere customers, lapsed maintenance and lapsed
 * warranties on Standard get a quote at the then-current price. Null when the appliance is recent enough.
 */
export function assessModelUpgrade(
  policy: TPolicy,
  input: TModelUpgradeInput,
): TModelUpgradeAssessment | null {
  const need = findRequiredModel(policy, {
    appliance: { ...input.appliance, shipDate: '1970-01-01' },
    currentVersions: [input.release],
  });
  if (!need) return null;
  const rules = policy.rma.by_plan.find((p) => p.plan === input.plan);
  const premium = rules?.after_warranty === 'advance_replacement';
  const freeProduct = policy.rma.free_model_upgrade_products.includes(input.appliance.product);
  const inWarranty = isInWarranty(input.appliance.warrantyEnd, input.today);
  const base = { release: need.release, requiredModel: need.model };
  if (!freeProduct) {
    return {
      ...base,
      outcome: 'quote',
      clause: premium ? 'IMP-36' : 'IMP-29',
      reason: `Release ${need.release} needs model ${need.model}: offered at the current price, with a new 12-month warranty from shipment.`,
      warrantyEnd: null,
    };
  }
  if (input.entitled && (premium || inWarranty)) {
    return {
      ...base,
      outcome: 'free_pair',
      clause: premium ? 'IMP-36' : 'IMP-28',
      reason: `Release ${need.release} needs model ${need.model}: a replacement pair is supplied at no cost; the warranty end stays ${input.appliance.warrantyEnd}.`,
      warrantyEnd: input.appliance.warrantyEnd,
    };
  }
  return {
    ...base,
    outcome: 'quote',
    clause: 'IMP-31',
    reason: `Release ${need.release} needs model ${need.model}: ${input.entitled ? 'the warranty has ended' : 'no active maintenance'}, so it is offered at the current price, with a new 12-month warranty from shipment.`,
    warrantyEnd: null,
  };
}
