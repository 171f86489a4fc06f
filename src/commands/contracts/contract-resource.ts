import { initialTerm } from '../../domain/contracts/contract-terms.js';
import { AppError } from '../../lib/app-error.js';
import { vendorManagedPolicy } from '../../policies/record-policy.js';
import { findRecord } from '../../repositories/record-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';
import { enforceContactLimit } from '../contacts/contact-limit.js';
import { findPackInForce } from '../packs/find-pack-version.js';
import type { TRecordResource } from '../records/record-resource.js';
import { recordInitialTerm } from './record-initial-term.js';

/**
 * Contracts: the pack must be built in or one of the tenant's published packs, and the plan one of
 * its plans; the pack version defaults to the version in force. A new contract's term is computed
 * (K1 from `ship_date`, K2 from `term_start`) unless a legacy caller gives `term_end`, and its first
 * term is stored in `contract_terms` with the pack version and the price book's price. After every write the account's named-contact limit is re-applied
 * (a downgrade makes contacts beyond the new limit read-only, K8).
 */
export const contractResource: TRecordResource<'contracts'> = {
  table: 'contracts',
  entityType: 'contract',
  notFound: 'contract.not_found',
  customerVisible: true,
  policy: vendorManagedPolicy,
  prepare: async (trx, actor, values, existing, now) => {
    const next = { ...values };
    const packId = (next.pack_id as string | undefined) ?? existing?.pack_id ?? '';
    // A built-in pack or one of the tenant's own published packs, as in force today.
    const policy = await findPackInForce(trx, actor.tenantId, packId, now);
    const plan = (next.plan as string | undefined) ?? existing?.plan;
    if (!policy.plans.some((candidate) => candidate.id === plan)) {
      throw new AppError('contract.unknown_plan', `Pack ${packId} has no plan "${plan}"`, [
        { field: 'plan', message: `one of ${policy.plans.map((candidate) => candidate.id).join(', ')}` },
      ]);
    }
    if (next.pack_version === undefined && !existing) next.pack_version = policy.version;
    const chosenPlan = policy.plans.find((candidate) => candidate.id === plan);
    if (!existing && chosenPlan?.status === 'legacy') {
      // IVA-37: a legacy plan (Ivanti Enhanced) accepts no new contracts.
      throw new AppError(
        'contract.plan_not_sold',
        `Plan "${plan}" is a legacy plan and accepts no new contracts`,
        [{ field: 'plan', message: 'legacy plan: no new contracts' }],
      );
    }
    if (
      existing &&
      existing.status !== 'terminated' &&
      next.status === 'terminated' &&
      policy.contract.termination_without_cause_by_vendor === 'prohibited'
    ) {
      // IMP-05: the vendor may not terminate maintenance and support without cause.
      throw new AppError(
        'contract.termination_without_cause_prohibited',
        'This policy does not allow the vendor to terminate support without cause; record a breach notice instead',
        [{ field: 'status', message: 'termination without cause is prohibited by the policy' }],
      );
    }
    if (!existing && next.term_end === undefined) {
      // Terms are computed, never typed: K1 from the ship date (Imprivata), K2 from the start (Ivanti).
      const shipDate = (next.ship_date as string | null | undefined) ?? null;
      const termStart = (next.term_start as string | undefined) ?? null;
      if (!shipDate && !termStart) {
        throw new AppError('contract.start_required', 'Give the appliance ship date or the term start', [
          { field: 'shipDate', message: 'shipDate or termStart is required' },
        ]);
      }
      const term = initialTerm(policy.contract, { shipDate, termStart });
      next.term_start = term.start;
      next.term_end = term.end;
    }
    const start = (next.term_start as string | undefined) ?? existing?.term_start;
    const end = (next.term_end as string | undefined) ?? existing?.term_end;
    if (start && end && end < start) {
      throw new AppError('contract.invalid_term', 'The term ends before it starts', [
        { field: 'termEnd', message: 'must be on or after termStart' },
      ]);
    }
    if (
      typeof next.product_id === 'string' &&
      !(await findRecord(trx, 'products', scopeOf(actor), next.product_id))
    ) {
      throw new AppError('product.not_found', 'No such product', [
        { field: 'productId', message: 'no such product' },
      ]);
    }
    return next;
  },
  afterWrite: async (trx, actor, row, now) => {
    await recordInitialTerm(trx, actor.tenantId, row, now);
    await enforceContactLimit(trx, actor, row.account_id, now);
  },
};
