import type { TDb } from '../db/schema.js';
import type { TCaseRow } from '../db/schema-records.js';
import type { TRmaRow } from '../db/schema-rma.js';
import type { TRmaRowFacts } from '../domain/rma/rma-input-from-rows.js';
import { findApplianceWithProduct, findHardwareFinding, listPublishedVersions } from './rma-repository.js';

/** Everything `buildRmaInput` needs for a case and appliance (and the RMA's tracked events, if any). */
export async function loadRmaFacts(
  db: TDb,
  tenantId: string,
  caseRow: TCaseRow,
  applianceId: string,
  asOf: Date,
  rma?: TRmaRow,
): Promise<{ facts: TRmaRowFacts; productId: string | null } | null> {
  const appliance = await findApplianceWithProduct(db, tenantId, applianceId);
  if (!appliance || appliance.account_id !== caseRow.account_id) return null;
  const finding = await findHardwareFinding(db, tenantId, caseRow.id);
  const relevant = finding && finding.appliance_id === appliance.id ? finding : undefined;
  const currentVersions = await listPublishedVersions(db, tenantId, appliance.product_id);
  const price =
    rma && rma.charge_amount_minor !== null && rma.charge_currency
      ? { amountMinor: Number(rma.charge_amount_minor), currency: rma.charge_currency }
      : undefined;
  return {
    productId: appliance.product_id,
    facts: {
      plan: caseRow.plan,
      centre: caseRow.centre,
      appliance: {
        productName: appliance.product_name,
        model: appliance.model,
        kind: appliance.kind,
        shipDate: appliance.ship_date,
        softwareVersion: appliance.software_version,
        warrantyEnd: appliance.warranty_end,
      },
      currentVersions,
      finding: relevant
        ? {
            conclusion: relevant.conclusion,
            concludedAt: relevant.concluded_at,
            excludedCause: relevant.excluded_cause,
            onsiteRequested: relevant.onsite_requested,
            destination: rma?.destination ?? relevant.destination,
          }
        : null,
      component: rma?.component ?? false,
      tracked: rma
        ? {
            unitReceivedAt: rma.unit_received_at,
            replacementShippedAt: rma.replacement_shipped_at,
            replacementDeliveredAt: rma.replacement_delivered_at,
            unitReturnedAt: rma.unit_returned_at,
          }
        : undefined,
      price,
      asOf,
    },
  };
}
