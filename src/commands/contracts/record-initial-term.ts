import { newId } from '../../db/new-id.js';
import type { TDbOrTransaction } from '../../db/schema.js';
import type { TContractRow } from '../../db/schema-records.js';
import { hasContractTerms, insertContractTerm } from '../../repositories/contract-facts-repository.js';
import { findPrice } from '../../repositories/price-book-repository.js';

/**
 * Stores a contract's first term (once: a term starting that day is never added twice) with the pack
 * version it runs under and the price book's price for its plan on the start date (IMP-09).
 */
export async function recordInitialTerm(
  db: TDbOrTransaction,
  tenantId: string,
  contract: Pick<
    TContractRow,
    'id' | 'pack_id' | 'pack_version' | 'plan' | 'product_id' | 'term_start' | 'term_end'
  >,
  now: Date,
): Promise<void> {
  if (await hasContractTerms(db, tenantId, contract.id)) return;
  const price = await findPrice(
    db,
    tenantId,
    { packId: contract.pack_id, item: contract.plan, productId: contract.product_id },
    contract.term_start,
  );
  await insertContractTerm(db, {
    tenant_id: tenantId,
    id: newId(now.getTime()),
    contract_id: contract.id,
    term_start: contract.term_start,
    term_end: contract.term_end,
    kind: 'initial',
    pack_version: contract.pack_version,
    amount_minor: price?.amountMinor ?? null,
    currency: price?.currency ?? null,
    created_at: now,
  });
}
