/** RMA domain types: the stable `rma explain` request/result (docs/rma.md), in domain form. */
export type TApplianceKind = 'physical' | 'virtual' | 'third_party';
export type TRmaType = 'return_and_repair' | 'advance_replacement' | 'priced_replacement' | 'model_upgrade';
export type TShipping = 'standard' | 'overnight' | 'expedited';
export type TRmaEventKind =
  | 'defect_concluded'
  | 'unit_received'
  | 'replacement_shipped'
  | 'replacement_delivered'
  | 'unit_returned'
  | 'onsite_requested'
  | 'excluded_cause';

export type TRmaEvent = {
  kind: TRmaEventKind;
  at: number;
  /** defect_concluded: ship-to country (ISO code) — decides overnight vs expedited (IMP-33). */
  destination?: string;
  /** defect_concluded: the vendor ships a field-replaceable component instead of a unit (IMP-23/35). */
  component?: boolean;
  /** excluded_cause: what the vendor recorded (IMP-16). */
  cause?: string;
};

export type TRmaInput = {
  plan: string;
  centre: string;
  appliance: {
    product: string;
    model?: string;
    kind: TApplianceKind;
    shipDate: string;
    softwareVersion?: string;
    warrantyEnd?: string;
  };
  /** Current release first, then the immediately prior one (N, N-1). */
  currentVersions?: string[];
  events: TRmaEvent[];
  price?: { amountMinor: number; currency: string };
  asOf?: number;
};

export type TRmaDeadline = {
  name: 'ship_by' | 'return_due';
  due: number;
  met: boolean | null;
  /** The awaited event (shipment, return) is recorded, on time or late. */
  done: boolean;
  /** Vendor-facing: plain words with clause and reading ids. */
  explanation: string[];
  /** Customer-facing: the same lines without ids. */
  plainExplanation: string[];
};

export type TRmaResult = {
  type: TRmaType | null;
  refused?: { code: string; message: string; clause: string };
  deadlines: TRmaDeadline[];
  shipping?: TShipping;
  charge?: { amountMinor: number; currency: string };
  warrantyEnd: string;
  flags: string[];
  /** Plain-words lines on how the type, shipping and warranty were decided. */
  notes: string[];
};
