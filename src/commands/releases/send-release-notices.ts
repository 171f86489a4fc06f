import type { TTransaction } from '../../db/schema.js';
import type { TReleaseRow } from '../../db/schema-releases.js';
import { planReleaseNotices } from '../../domain/releases/plan-release-notices.js';
import { recordEvent } from '../../outbox/record-event.js';
import { claimReleaseNotice, listAccountsForProduct } from '../../repositories/release-file-repository.js';
import { listCaseCustomerRecipients } from '../cases/case-customer-recipients.js';
import { loadEntitlement } from '../contracts/load-entitlement.js';
import { findPackInForce } from '../packs/find-pack-version.js';

/**
 * IVA-17 on publication: every account whose maintenance covers the product gets what its plan
 * promises (`planReleaseNotices`): Enterprise a proactive notice, Premium that and a release-discussion
 * task for its assigned engineer, others the portal only. Each notice is claimed in `release_notices`
 * first, so it goes to the outbox once however often publication runs. Returns the notices sent.
 */
export async function sendReleaseNotices(
  trx: TTransaction,
  release: TReleaseRow,
  now: Date,
): Promise<number> {
  if (release.product_id === null) return 0;
  const product = await trx
    .selectFrom('products')
    .select(['id', 'pack_id', 'name'])
    .where('tenant_id', '=', release.tenant_id)
    .where('id', '=', release.product_id)
    .executeTakeFirst();
  if (!product) return 0;
  const policy = await findPackInForce(trx, release.tenant_id, product.pack_id, now);
  const packRuleIds = policy.releases.rules.map((rule) => rule.id);
  let sent = 0;
  for (const account of await listAccountsForProduct(trx, release.tenant_id, product)) {
    const entitlement = await loadEntitlement(
      trx,
      release.tenant_id,
      { accountId: account.accountId, productId: product.id },
      now,
    );
    if (!entitlement.entitled) continue;
    const plan = planReleaseNotices({
      packRuleIds,
      plan: entitlement.plan,
      releaseId: release.id,
      accountId: account.accountId,
    });
    for (const notice of plan.notices) {
      const claimed = await claimReleaseNotice(trx, {
        tenant_id: release.tenant_id,
        key: notice.key,
        release_id: release.id,
        account_id: account.accountId,
        kind: notice.kind,
        sent_at: now,
      });
      if (!claimed) continue;
      const data = {
        releaseId: release.id,
        version: release.version,
        productId: product.id,
        accountId: account.accountId,
      };
      if (notice.to === 'account') {
        const recipients = await listCaseCustomerRecipients(trx, release.tenant_id, account.accountId);
        await recordEvent(trx, {
          tenantId: release.tenant_id,
          type: 'release.notice_sent',
          entityType: 'release',
          entityId: release.id,
          data,
          ...(recipients.length > 0
            ? {
                email: {
                  recipients,
                  subject: `${product.name} ${release.version} is available`,
                  text: `${product.name} ${release.version} is now available in the Downloads section of the support portal.${release.notes ? `\n\n${release.notes}` : ''}`,
                },
              }
            : {}),
          occurredAt: now,
        });
      } else {
        await recordEvent(trx, {
          tenantId: release.tenant_id,
          type: 'release.discussion_requested',
          entityType: 'release',
          entityId: release.id,
          data: { ...data, engineerId: account.engineerId },
          ...(account.engineerEmail
            ? {
                email: {
                  recipients: [{ email: account.engineerEmail, userId: account.engineerId }],
                  subject: `Schedule a release discussion: ${account.accountName}, ${product.name} ${release.version}`,
                  text: `${account.accountName} is on Premium support: please schedule a personalised discussion of ${product.name} ${release.version} with them.`,
                },
              }
            : {}),
          occurredAt: now,
        });
      }
      sent += 1;
    }
  }
  return sent;
}
