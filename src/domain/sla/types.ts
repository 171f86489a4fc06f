import type { TChannel } from '../packs/schema-common.js';

export type TMilestoneKind = 'deadline' | 'next_release' | 'no_commitment' | 'not_eligible';
export type TSlaMilestoneName = 'first_response' | 'resolution' | 'escalation';

/** Input of an SLA computation; instants are epoch milliseconds. */
export type TSlaInput = {
  plan: string;
  severity: string;
  opened: number;
  centre?: string;
  channel?: TChannel;
  pinVerified?: boolean;
  /** A scheduled closure of the serving centre (reduced hours, C7). */
  closure?: { from: number; to: number };
  hasCustomer24x7Contact?: boolean;
  defectConfirmedAt?: number;
  /** GA instant of the first release after the defect was confirmed (C6), when scheduled. */
  nextReleaseGa?: number;
};

export type TSlaMilestone = {
  name: TSlaMilestoneName;
  due: number | null;
  kind: TMilestoneKind;
  target: string;
  clock: string;
  explanation: string[];
  clause?: string;
  /** For deadlines: when the clock started and what kind of clock it is (used by re-targeting). */
  timing?: { start: number; clock: 'business' | 'elapsed' };
};

export type TSlaResult = {
  centre: string;
  channel: TChannel;
  /** When the request counts as received (C1): the clock start of business-time milestones. */
  received: number;
  milestones: TSlaMilestone[];
};
