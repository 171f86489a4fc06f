import type { TDb } from '../../db/schema.js';
import { dateInZone } from '../../domain/contracts/contract-dates.js';
import { buildQuote, type TQuote, type TQuoteLine } from '../../domain/contracts/quote-types.js';
import { assessModelUpgrade, type TModelUpgradeAssessment } from '../../domain/rma/assess-model-upgrade.js';
import { productKeyOf } from '../../domain/rma/rma-input-from-rows.js';
import { AppError } from '../../lib/app-error.js';
import type { TActor } from '../../policies/actor.js';
import { rmaPolicy } from '../../policies/rma-policy.js';
import { listPackPhysicalAppliances } from '../../repositories/appliance-support-repository.js';
import { findPrice } from '../../repositories/price-book-repository.js';
import { CONTRACT_DATE_ZONE, loadEntitlement } from '../contracts/load-entitlement.js';
import { findPackInForce } from '../packs/find-pack-version.js';

export type TAccountUpgradeAssessment = {
  accountId: string;
  accountName: string;
  plan: string | null;
  entitlementStatus: string;
  /** Under maintenance (loadEntitlement). */
  entitled: boolean;
  appliances: (TModelUpgradeAssessment & {
    applianceId: string;
    serial: string;
    model: string;
    product: string;
  })[];
  /** The quoted appliances priced at today's price book entry `appliance:<model>` (findPrice). */
  quote: TQuote | null;
  /** Quoted appliances whose price the price book does not have. */
  unpriced: string[];
};

/**
 * Per account, what a release that needs a later model means (IMP-28/29/31/36): a free replacement pair
 * or a quote whose lines are priced from the price book on `now`'s date. Vendor staff only; read-only.
 */
export async function assessReleaseModelUpgrades(
  deps: { db: TDb },
  actor: TActor,
  query: { packId: string; release: string; productId?: string | undefined },
  now: Date,
): Promise<{ release: string; requiredModel: string | null; accounts: TAccountUpgradeAssessment[] }> {
  if (!rmaPolicy.can(actor, 'open', null)) {
    throw new AppError('auth.forbidden', 'Model-upgrade assessments are for vendor staff');
  }
  const policy = await findPackInForce(deps.db, actor.tenantId, query.packId, now);
  const need = policy.rma.release_minimum_models.find((r) => r.release === query.release);
  if (!need) return { release: query.release, requiredModel: null, accounts: [] };
  const today = dateInZone(now, CONTRACT_DATE_ZONE);
  const rows = await listPackPhysicalAppliances(deps.db, actor.tenantId, query);
  const accounts = new Map<string, TAccountUpgradeAssessment>();
  const lines = new Map<string, TQuoteLine[]>();
  for (const row of rows) {
    let account = accounts.get(row.account_id);
    if (!account) {
      const entitlement = await loadEntitlement(
        deps.db,
        actor.tenantId,
        { accountId: row.account_id, packId: query.packId },
        now,
      );
      account = {
        accountId: row.account_id,
        accountName: row.account_name,
        plan: entitlement.plan,
        entitlementStatus: entitlement.status,
        entitled: entitlement.entitled,
        appliances: [],
        quote: null,
        unpriced: [],
      };
      accounts.set(row.account_id, account);
      lines.set(row.account_id, []);
    }
    const product = productKeyOf(row.product_name);
    const assessed = assessModelUpgrade(policy, {
      release: query.release,
      appliance: { product, model: row.model, kind: row.kind, warrantyEnd: row.warranty_end },
      plan: account.plan,
      entitled: account.entitled,
      today,
    });
    if (!assessed) continue;
    account.appliances.push({
      ...assessed,
      applianceId: row.id,
      serial: row.serial,
      model: row.model,
      product,
    });
    if (assessed.outcome !== 'quote') continue;
    const item = `appliance:${assessed.requiredModel}`;
    const price = await findPrice(
      deps.db,
      actor.tenantId,
      { packId: query.packId, item, productId: row.product_id },
      today,
    );
    if (!price) account.unpriced.push(row.serial);
    else
      lines.get(row.account_id)?.push({
        code: item,
        description: `Model ${assessed.requiredModel} replacement for ${row.model} ${row.serial} (${assessed.clause})`,
        amountMinor: price.amountMinor,
        currency: price.currency,
      });
  }
  const result = [...accounts.values()].filter((a) => a.appliances.length > 0);
  for (const account of result) {
    const own = lines.get(account.accountId) ?? [];
    const currency = own[0]?.currency;
    if (!currency) continue;
    // One currency per quote: a line in another currency is reported unpriced rather than summed.
    account.unpriced.push(...own.filter((l) => l.currency !== currency).map((l) => l.description));
    account.quote = buildQuote(
      own.filter((l) => l.currency === currency),
      currency,
    );
  }
  return { release: query.release, requiredModel: need.model, accounts: result };
}
