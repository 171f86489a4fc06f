import { z } from 'zod';
import type { TRmaRow } from '../db/schema-rma.js';
import type { TRmaResult } from '../domain/rma/types.js';
import { isVendorRole, type TActor } from '../policies/actor.js';
import { rmaPolicy } from '../policies/rma-policy.js';

const ZDeadline = z.object({
  name: z.enum(['ship_by', 'return_due']),
  due: z.iso.datetime(),
  met: z.boolean().nullable(),
  done: z.boolean(),
  explanation: z
    .array(z.string())
    .describe('Why this date: clause ids for vendor staff, plain words for customers'),
});

export const ZRmaView = z
  .object({
    id: z.uuid(),
    accountId: z.uuid(),
    applianceId: z.uuid(),
    caseId: z.uuid(),
    type: z.enum(['return_and_repair', 'advance_replacement', 'priced_replacement', 'model_upgrade']),
    status: z.enum(['open', 'closed']),
    plan: z.string(),
    centre: z.string(),
    shipping: z.enum(['standard', 'overnight', 'expedited']),
    destination: z.string().nullable(),
    component: z.boolean(),
    defectConcludedAt: z.iso.datetime(),
    unitReceivedAt: z.iso.datetime().nullable(),
    replacementShippedAt: z.iso.datetime().nullable(),
    replacementDeliveredAt: z.iso.datetime().nullable(),
    unitReturnedAt: z.iso.datetime().nullable(),
    replacementApplianceId: z.uuid().nullable(),
    shipBy: z.iso.datetime().nullable(),
    returnDue: z.iso.datetime().nullable(),
    nextDeadline: z.iso.datetime().nullable(),
    warrantyEnd: z.iso.date(),
    charge: z
      .object({
        amountMinor: z.number().int().nullable(),
        currency: z.string().nullable(),
        status: z.enum(['proposed', 'approved', 'declined']),
      })
      .nullable(),
    flags: z.array(z.string()),
    deadlines: z.array(ZDeadline).optional(),
    notes: z.array(z.string()).optional(),
    allowedActions: z.array(z.enum(rmaPolicy.actions as [string, ...string[]])),
  })
  .meta({ id: 'Rma' });
export type TRmaView = z.infer<typeof ZRmaView>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** An RMA; with `result`, its deadlines and "why this date" (customers get the plain-words lines). */
export function presentRma(row: TRmaRow, actor: TActor, result?: TRmaResult): TRmaView {
  const vendor = actor.kind === 'system' || isVendorRole(actor.role);
  return {
    id: row.id,
    accountId: row.account_id,
    applianceId: row.appliance_id,
    caseId: row.case_id,
    type: row.type,
    status: row.status,
    plan: row.plan,
    centre: row.centre,
    shipping: row.shipping,
    destination: row.destination,
    component: row.component,
    defectConcludedAt: row.defect_concluded_at.toISOString(),
    unitReceivedAt: iso(row.unit_received_at),
    replacementShippedAt: iso(row.replacement_shipped_at),
    replacementDeliveredAt: iso(row.replacement_delivered_at),
    unitReturnedAt: iso(row.unit_returned_at),
    replacementApplianceId: row.replacement_appliance_id,
    shipBy: iso(row.ship_by),
    returnDue: iso(row.return_due),
    nextDeadline: iso(row.next_deadline),
    warrantyEnd: row.warranty_end,
    charge: row.charge_status
      ? {
          amountMinor: row.charge_amount_minor === null ? null : Number(row.charge_amount_minor),
          currency: row.charge_currency,
          status: row.charge_status,
        }
      : null,
    flags: row.flags,
    ...(result
      ? {
          deadlines: result.deadlines.map((d) => ({
            name: d.name,
            due: new Date(d.due).toISOString(),
            met: d.met,
            done: d.done,
            explanation: vendor ? d.explanation : d.plainExplanation,
          })),
          notes: result.notes,
        }
      : {}),
    allowedActions: rmaPolicy.allowedActions(actor, row),
  };
}
