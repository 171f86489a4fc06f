import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import type { TDb } from '../db/schema.js';
import type { TAccountRow, TContractRow } from '../db/schema-records.js';
import { has24x7Contact } from './contact-queries.js';
import { standingFactsOf, type TStandingFacts } from './contract-facts-repository.js';
import { customerRecipientsQuery } from './customer-recipient-repository.js';
import type { TRecordScope } from './record-repository.js';

export type TOpeningContract = Pick<
  TContractRow,
  | 'id'
  | 'account_id'
  | 'reference'
  | 'status'
  | 'plan'
  | 'pack_id'
  | 'pack_version'
  | 'term_start'
  | 'term_end'
  | 'auto_renew'
  | 'product_id'
  | 'service_withheld_on'
> & {
  /** The contract's stored terms, notices and invoice dates (its standing, issue 12). */
  standing: Omit<TStandingFacts, never>;
  /** The tenant has published versions of the contract's pack (else only the built-in pack applies). */
  tenant_versions: boolean;
};

export type TOpeningContext = TAccountRow & {
  /** It has a named contact reachable 24x7 (C5). */
  has_24x7_contact: boolean;
  /** Its customer side in email order (`customerRecipientsQuery`; an address may repeat). */
  recipients: { email: string; userId: string | null }[];
  /** Its assigned and back-up engineers that can take a case at `now` (active vendor users, not away). */
  available_engineers: { id: string; email: string }[];
  /** The product named by the request, if it exists. */
  product: { id: string; pack_id: string | null } | null;
  /**
   * The contract named by the request if it is the account's (any status), else the account's
   * active contract with the latest term end — for the named product's pack when there is one.
   */
  contract: TOpeningContract | null;
};

/**
 * Everything opening a case reads, in ONE query: the account (scoped like every record read), its
 * 24x7 contact, customer recipients and available engineers, the named product and the contract
 * the case runs under. Undefined when the account is not visible to `scope`.
 */
export async function findOpeningContext(
  db: TDb,
  scope: TRecordScope,
  request: { accountId: string; contractId?: string | undefined; productId?: string | undefined },
  now: Date,
): Promise<TOpeningContext | undefined> {
  const { accountId, contractId, productId } = request;
  const row = await db
    .selectFrom('accounts as a')
    .selectAll('a')
    .select((eb) => [
      has24x7Contact('a.tenant_id', 'a.id').as('has_24x7_contact'),
      jsonArrayFrom(customerRecipientsQuery(db, scope.tenantId, accountId)).as('recipients'),
      jsonArrayFrom(
        eb
          .selectFrom('users as u')
          .select(['u.id', 'u.email'])
          .whereRef('u.tenant_id', '=', 'a.tenant_id')
          .where((w) =>
            w.or([
              w('u.id', '=', w.ref('a.assigned_engineer_id')),
              w('u.id', '=', w.ref('a.backup_engineer_id')),
            ]),
          )
          .where('u.role', 'in', ['agent', 'support_manager', 'vendor_admin'])
          .where('u.disabled_at', 'is', null)
          .where((w) => w.or([w('u.away_until', 'is', null), w('u.away_until', '<=', now)])),
      ).as('available_engineers'),
      jsonObjectFrom(
        eb
          .selectFrom('products as p')
          .select(['p.id', 'p.pack_id'])
          .whereRef('p.tenant_id', '=', 'a.tenant_id')
          .where('p.id', '=', productId ?? null),
      ).as('product'),
      jsonObjectFrom(
        eb
          .selectFrom('contracts as k')
          .select([
            'k.id',
            'k.account_id',
            'k.reference',
            'k.status',
            'k.plan',
            'k.pack_id',
            'k.pack_version',
            'k.term_start',
            'k.term_end',
            'k.auto_renew',
            'k.product_id',
            'k.service_withheld_on',
          ])
          .select((kb) => standingFactsOf(kb.ref('k.tenant_id'), kb.ref('k.id')).as('standing'))
          .select((kb) =>
            kb
              .exists(
                kb
                  .selectFrom('tenant_packs as tp')
                  .select('tp.id')
                  .whereRef('tp.tenant_id', '=', 'k.tenant_id')
                  .whereRef('tp.pack_id', '=', 'k.pack_id')
                  .where('tp.status', '=', 'published'),
              )
              .as('tenant_versions'),
          )
          .whereRef('k.tenant_id', '=', 'a.tenant_id')
          .whereRef('k.account_id', '=', 'a.id')
          .$if(contractId !== undefined, (q) => q.where('k.id', '=', contractId as string))
          .$if(contractId === undefined, (q) =>
            q
              .where('k.status', '=', 'active')
              .$if(productId !== undefined, (q2) =>
                // A product without a pack of its own does not narrow the choice.
                q2.where('k.pack_id', '=', (kb) =>
                  kb.fn.coalesce(
                    kb
                      .selectFrom('products as pp')
                      .select('pp.pack_id')
                      .whereRef('pp.tenant_id', '=', 'k.tenant_id')
                      .where('pp.id', '=', productId as string),
                    kb.ref('k.pack_id'),
                  ),
                ),
              )
              .orderBy('k.term_end', 'desc')
              .orderBy('k.id')
              .limit(1),
          ),
      ).as('contract'),
    ])
    .where('a.tenant_id', '=', scope.tenantId)
    .where('a.id', '=', accountId)
    .$if(scope.accountId !== null, (query) => query.where('a.id', '=', scope.accountId as string))
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    ...row,
    has_24x7_contact: Boolean(row.has_24x7_contact),
    recipients: row.recipients.map(({ email, userId }) => ({ email, userId })),
    contract: row.contract
      ? { ...row.contract, tenant_versions: Boolean(row.contract.tenant_versions) }
      : null,
  };
}
