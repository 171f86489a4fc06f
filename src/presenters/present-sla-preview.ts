import { presentSlaResult, type TSlaJson } from '../domain/sla/present-sla.js';
import type { TSlaResult } from '../domain/sla/types.js';
import type { TActor } from '../policies/actor.js';
import { isCustomerActor, presentExplanation } from './customer-wording.js';

/** An SLA preview for `actor`: vendor staff get the `sla explain --json` shape; customers plain words. */
export function presentSlaPreview(actor: TActor, result: TSlaResult): TSlaJson {
  const json = presentSlaResult(result);
  if (!isCustomerActor(actor)) return json;
  return {
    milestones: json.milestones.map(({ clause: _clause, ...milestone }) => ({
      ...milestone,
      explanation: presentExplanation(milestone.explanation, actor),
    })),
  };
}
