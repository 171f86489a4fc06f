/** Responses of /api/v1/rmas and /api/v1/rma/appliances (see docs/rma.md). */
export type TRmaDeadline = {
  name: 'ship_by' | 'return_due';
  due: string;
  met: boolean | null;
  done: boolean;
  explanation: string[];
};
export type TRma = {
  id: string;
  accountId: string;
  applianceId: string;
  caseId: string;
  type: 'return_and_repair' | 'advance_replacement' | 'priced_replacement' | 'model_upgrade';
  status: 'open' | 'closed';
  plan: string;
  centre: string;
  shipping: 'standard' | 'overnight' | 'expedited';
  destination: string | null;
  component: boolean;
  defectConcludedAt: string;
  unitReceivedAt: string | null;
  replacementShippedAt: string | null;
  replacementDeliveredAt: string | null;
  unitReturnedAt: string | null;
  shipBy: string | null;
  returnDue: string | null;
  nextDeadline: string | null;
  warrantyEnd: string;
  charge: { amountMinor: number | null; currency: string | null; status: string } | null;
  flags: string[];
  deadlines?: TRmaDeadline[];
  notes?: string[];
  allowedActions: string[];
};
export type TApplianceSupport = {
  id: string;
  accountId: string;
  productName: string | null;
  siteName: string | null;
  serial: string;
  model: string;
  kind: 'physical' | 'virtual' | 'third_party';
  shipDate: string;
  warrantyEnd: string;
  softwareVersion: string | null;
  status: string;
  replacesApplianceId: string | null;
  support: {
    status:
      | 'covered'
      | 'out_of_warranty'
      | 'software_not_supported'
      | 'no_maintenance'
      | 'virtual'
      | 'third_party';
    hardwareMaintenance: boolean;
    inWarranty: boolean | null;
    softwareSupported: boolean | null;
    summary: string;
  };
  rmas: TRma[];
};

export const rmaTypeLabels: Record<TRma['type'], string> = {
  return_and_repair: 'Return and repair',
  advance_replacement: 'Advance replacement',
  priced_replacement: 'Replacement (quoted)',
  model_upgrade: 'Later model',
};
export const deadlineLabels: Record<TRmaDeadline['name'], string> = {
  ship_by: 'Ships by',
  return_due: 'Defective unit due back',
};
export const supportLabels: Record<TApplianceSupport['support']['status'], string> = {
  covered: 'Covered',
  out_of_warranty: 'Out of warranty',
  software_not_supported: 'Software too old',
  no_maintenance: 'No maintenance',
  virtual: 'Virtual — no hardware maintenance',
  third_party: 'Third-party device',
};
