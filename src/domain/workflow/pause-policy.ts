import type { TPolicy } from '../packs/schema.js';

/** Whether the pack stops the SLA clocks while a case waits on the customer (default: no pause). */
export function pausesOnWaiting(policy: TPolicy): boolean {
  return policy.sla.settings.pause?.on_waiting_on_customer === true;
}
