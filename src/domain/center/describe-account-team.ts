import type { TPlan } from '../packs/schema-plan.js';

/** Which parts of the account team a plan promises (IVA-18, IVA-25, IVA-26); read from the pack. */
export type TTeamPromise = {
  namedSupportManager: boolean;
  assignedEngineer: boolean;
  /** Premium: the customer may contact the Support Manager directly (IVA-26). */
  directSupportManagerAccess: boolean;
  serviceReviews: boolean;
};

const featureOn = (plan: TPlan, key: string) => plan.features[key]?.value === true;

export function describeTeamPromise(plan: TPlan): TTeamPromise {
  return {
    namedSupportManager: featureOn(plan, 'named_support_manager'),
    assignedEngineer: plan.assigned_engineer,
    directSupportManagerAccess: featureOn(plan, 'direct_support_manager_access'),
    serviceReviews: featureOn(plan, 'support_service_review'),
  };
}

/** The promise of the best of several plans (an account may hold contracts on several packs). */
export function combineTeamPromises(promises: readonly TTeamPromise[]): TTeamPromise {
  return {
    namedSupportManager: promises.some((promise) => promise.namedSupportManager),
    assignedEngineer: promises.some((promise) => promise.assignedEngineer),
    directSupportManagerAccess: promises.some((promise) => promise.directSupportManagerAccess),
    serviceReviews: promises.some((promise) => promise.serviceReviews),
  };
}
