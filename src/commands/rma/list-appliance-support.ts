import type { TDb } from '../../db/schema.js';
import type { TRmaRow } from '../../db/schema-rma.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { assessApplianceSupport, type TApplianceSupport } from '../../domain/rma/assess-appliance-support.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import {
  listAccountAppliances,
  type TApplianceListRow,
} from '../../repositories/appliance-support-repository.js';
import { listPublishedVersions, listRmas } from '../../repositories/rma-repository.js';
import { CONTRACT_DATE_ZONE, loadEntitlement } from '../contracts/load-entitlement.js';

export type TApplianceSupportItem = {
  appliance: TApplianceListRow;
  support: TApplianceSupport;
  rmas: TRmaRow[];
};

/**
 * An account's appliances with their support status on `now` (warranty, hardware maintenance, software
 * N/N-1, active maintenance from `loadEntitlement`) and their RMAs. Customers see their own account only.
 */
export async function listApplianceSupport(
  deps: { db: TDb },
  actor: TActor,
  query: { accountId?: string | undefined },
  now: Date,
): Promise<TApplianceSupportItem[]> {
  const accountId = visibleAccountId(actor) ?? query.accountId;
  if (!accountId) {
    throw new AppError('appliance.account_required', 'Name the account whose appliances to list', [
      { field: 'accountId', message: 'required for vendor users' },
    ]);
  }
  const appliances = await listAccountAppliances(deps.db, actor.tenantId, accountId, 500);
  const rmas = await listRmas(deps.db, actor.tenantId, { accountId }, 500);
  const today = dateInZone(now, CONTRACT_DATE_ZONE);
  const entitled = new Map<string, boolean>();
  const versions = new Map<string, string[]>();
  const items: TApplianceSupportItem[] = [];
  for (const appliance of appliances) {
    const key = appliance.product_id ?? '';
    if (!entitled.has(key)) {
      const entitlement = await loadEntitlement(
        deps.db,
        actor.tenantId,
        { accountId, productId: appliance.product_id },
        now,
      );
      entitled.set(key, entitlement.entitled);
      versions.set(key, await listPublishedVersions(deps.db, actor.tenantId, appliance.product_id));
    }
    const support = assessApplianceSupport({
      kind: appliance.kind,
      warrantyEnd: appliance.warranty_end,
      softwareVersion: appliance.software_version,
      currentVersions: versions.get(key) ?? [],
      entitled: entitled.get(key) ?? false,
      today,
    });
    items.push({ appliance, support, rmas: rmas.filter((r) => r.appliance_id === appliance.id) });
  }
  return items;
}
