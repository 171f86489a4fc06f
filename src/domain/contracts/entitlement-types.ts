/**
 * What a customer account is entitled to on a date, and why (the shared entitlement seam).
 * Computed by `assessEntitlement` (pure) and loaded by `loadEntitlement` (commands/contracts).
 */
export type TEntitlementStatus =
  | 'active'
  | 'non_renewing'
  | 'suspended'
  | 'lapsed'
  | 'withheld'
  | 'terminated'
  | 'none';

export type TAccountEntitlement = {
  contractId: string | null;
  packId: string | null;
  plan: string | null;
  status: TEntitlementStatus;
  /** Customer-facing services: portal cases, downloads, RMA, knowledge base, training. */
  entitled: boolean;
  /** E.g. IMP-10 withheld: portal refused, agents may still open cases. */
  agentMayOpenCases: boolean;
  /** Refusal code when not entitled, e.g. 'contract.service_withheld', 'contract.lapsed'. */
  code: string | null;
  /** Seed clause applied, e.g. 'IMP-10' (vendor-facing only). */
  clause: string | null;
  /** Plain words, customer-safe. */
  reason: string;
  /** Current term, 'YYYY-MM-DD'. */
  termStart: string | null;
  termEnd: string | null;
  /** Last day support was in force when it ended (IVA-11). */
  supportEndedOn: string | null;
  /** Products the customer bought and is covered for (IMP-12). */
  productIds: string[];
};
