import type { TActor } from './actor.js';

export type TPolicyRule<TResource> = (actor: TActor, resource: TResource) => boolean;

export type TPolicy<TAction extends string, TResource> = {
  readonly actions: readonly TAction[];
  can: (actor: TActor, action: TAction, resource: TResource) => boolean;
  /** Every action the actor may take on the resource — presenters return it as `allowedActions`. */
  allowedActions: (actor: TActor, resource: TResource) => TAction[];
};

/**
 * Defines a typed policy: one rule per action (the Record makes a missing action a type error).
 * Policies decide *what* an actor may do to a resource it can already see; *which* resources it can
 * see is decided in the queries (tenant and `visibleAccountId`).
 */
export function definePolicy<TAction extends string, TResource>(
  rules: Record<TAction, TPolicyRule<TResource>>,
): TPolicy<TAction, TResource> {
  const actions = Object.keys(rules) as TAction[];
  const can = (actor: TActor, action: TAction, resource: TResource): boolean =>
    rules[action](actor, resource);
  return {
    actions,
    can,
    allowedActions: (actor, resource) => actions.filter((action) => can(actor, action, resource)),
  };
}
