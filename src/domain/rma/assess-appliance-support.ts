/**
 * The support status of one appliance on a date, for the customer's appliance page and the console:
 * hardware maintenance (physical units only, IMP-20/21), the warranty (K1, IMP-17), the software
 * version against the current and immediately prior release (IMP-15) and active maintenance.
 */
export type TApplianceSupportStatus =
  | 'covered'
  | 'out_of_warranty'
  | 'software_not_supported'
  | 'no_maintenance'
  | 'virtual'
  | 'third_party';

export type TApplianceSupportInput = {
  kind: 'physical' | 'virtual' | 'third_party';
  warrantyEnd: string;
  softwareVersion: string | null;
  /** Published versions, newest first (N, N-1, …). */
  currentVersions: readonly string[];
  /** The account has active maintenance (loadEntitlement). */
  entitled: boolean;
  /** 'YYYY-MM-DD'. */
  today: string;
};

export type TApplianceSupport = {
  status: TApplianceSupportStatus;
  hardwareMaintenance: boolean;
  inWarranty: boolean | null;
  softwareSupported: boolean | null;
  /** Plain words, customer-safe. */
  summary: string;
};

export function assessApplianceSupport(input: TApplianceSupportInput): TApplianceSupport {
  const hardwareMaintenance = input.kind === 'physical';
  const inWarranty = hardwareMaintenance ? input.today <= input.warrantyEnd : null;
  const allowed = input.currentVersions.slice(0, 2);
  const softwareSupported =
    input.softwareVersion === null || allowed.length === 0 ? null : allowed.includes(input.softwareVersion);
  const base = { hardwareMaintenance, inWarranty, softwareSupported };
  if (input.kind === 'third_party') {
    return {
      ...base,
      status: 'third_party',
      summary: "A third-party device: the manufacturer's warranty applies.",
    };
  }
  if (input.kind === 'virtual') {
    return { ...base, status: 'virtual', summary: 'A virtual appliance: no hardware maintenance applies.' };
  }
  if (!input.entitled) {
    return { ...base, status: 'no_maintenance', summary: 'No active maintenance covers this appliance.' };
  }
  if (softwareSupported === false) {
    return {
      ...base,
      status: 'software_not_supported',
      summary: `Runs ${input.softwareVersion}; returns need the current or the prior version (${allowed.join(' or ')}).`,
    };
  }
  if (inWarranty === false) {
    return {
      ...base,
      status: 'out_of_warranty',
      summary: 'Warranty ended: a replacement is quoted at the current price.',
    };
  }
  return {
    ...base,
    status: 'covered',
    summary: 'A defective unit is repaired or replaced through a return.',
  };
}
