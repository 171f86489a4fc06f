import { z } from 'zod';
import type { TApplianceSupportItem } from '../commands/rma/list-appliance-support.js';
import type { TActor } from '../policies/actor.js';
import { presentRma, ZRmaView } from './present-rma.js';

export const ZApplianceSupportView = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    productName: z.string().nullable(),
    siteName: z.string().nullable(),
    serial: z.string(),
    model: z.string(),
    kind: z.enum(['physical', 'virtual', 'third_party']),
    shipDate: z.iso.date(),
    warrantyEnd: z.iso.date().describe('Computed from the ship date (K1), never typed'),
    softwareVersion: z.string().nullable(),
    status: z.enum(['in_service', 'awaiting_return', 'returned', 'replaced', 'retired']),
    replacesApplianceId: z.uuid().nullable(),
    support: z.object({
      status: z.enum([
        'covered',
        'out_of_warranty',
        'software_not_supported',
        'no_maintenance',
        'virtual',
        'third_party',
      ]),
      hardwareMaintenance: z.boolean(),
      inWarranty: z.boolean().nullable(),
      softwareSupported: z.boolean().nullable().describe('Current or immediately prior release (IMP-15)'),
      summary: z.string().describe('Plain words'),
    }),
    rmas: z.array(ZRmaView).describe('RMAs of this appliance (open first, by next deadline)'),
  })
  .meta({ id: 'ApplianceSupport' });
export type TApplianceSupportView = z.infer<typeof ZApplianceSupportView>;

export function presentApplianceSupport(item: TApplianceSupportItem, actor: TActor): TApplianceSupportView {
  const a = item.appliance;
  return {
    id: a.id,
    accountId: a.account_id,
    productName: a.product_name,
    siteName: a.site_name,
    serial: a.serial,
    model: a.model,
    kind: a.kind,
    shipDate: a.ship_date,
    warrantyEnd: a.warranty_end,
    softwareVersion: a.software_version,
    status: a.status,
    replacesApplianceId: a.replaces_appliance_id,
    support: item.support,
    rmas: item.rmas.map((row) => presentRma(row, actor)),
  };
}
