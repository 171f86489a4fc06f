import type { TPolicy } from '../packs/schema.js';
import type { TRmaInput } from './types.js';

export type TRmaRefusal = { code: string; message: string; clause: string };

/**
 * The refusals of an RMA, in the order they are checked (docs/rma.md). Messages are plain words a
 * customer may read; the clause is for vendor staff.
 */
export function findRmaRefusal(policy: TPolicy, input: TRmaInput): TRmaRefusal | null {
  const rma = policy.rma;
  const { appliance } = input;
  if (!rma.available) {
    return refusal('rma.not_available', 'Hardware returns are not part of this support policy.', 'IMP-18');
  }
  if (appliance.kind === 'third_party') {
    return refusal(
      'rma.third_party_device',
      "Third-party devices are not covered by hardware maintenance; the manufacturer's warranty applies — please contact the manufacturer.",
      'IMP-20',
    );
  }
  if (appliance.kind === 'virtual' && rma.virtual_only_excluded) {
    return refusal(
      'rma.virtual_only',
      'Virtual appliances carry no hardware maintenance, so there is nothing to return or replace.',
      'IMP-21',
    );
  }
  return null;
}

/** Refusals that apply to a defect RMA (not to a model upgrade a release needs). */
export function findDefectRefusal(policy: TPolicy, input: TRmaInput): TRmaRefusal | null {
  const { appliance, events } = input;
  if (!events.some((e) => e.kind === 'defect_concluded')) {
    return refusal(
      'rma.no_defect_conclusion',
      'A return starts from a support case where our engineers recorded the troubleshooting steps and concluded the hardware is defective; that conclusion is not recorded yet.',
      'IMP-22',
    );
  }
  if (events.some((e) => e.kind === 'onsite_requested') && !policy.rma.onsite_repair) {
    return refusal(
      'rma.onsite_not_offered',
      'Defective appliances are not repaired on site; we repair or replace them through a return.',
      'IMP-19',
    );
  }
  const excluded = events.find((e) => e.kind === 'excluded_cause');
  if (excluded) {
    return refusal(
      'rma.excluded_cause',
      `The failure has a cause the hardware maintenance excludes${excluded.cause ? ` (${excluded.cause})` : ''}: causes beyond the vendor's control, unauthorised or third-party modifications or repairs, or products not supplied by the vendor.`,
      'IMP-16',
    );
  }
  const versions = input.currentVersions ?? [];
  if (appliance.softwareVersion !== undefined && versions.length > 0) {
    const allowed = versions.slice(0, 2);
    if (!allowed.includes(appliance.softwareVersion)) {
      return refusal(
        'rma.software_not_supported',
        `Appliances are only replaced or reconditioned when they run the current or the immediately prior software version (${allowed.join(' or ')}); this one runs ${appliance.softwareVersion}. Please upgrade it first.`,
        'IMP-15',
      );
    }
  }
  return null;
}

function refusal(code: string, message: string, clause: string): TRmaRefusal {
  return { code, message, clause };
}
