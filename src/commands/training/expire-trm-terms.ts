import { newId } from '../../db/new-id.js';
import type { TDb } from '../../db/schema.js';
import { withTransaction } from '../../db/with-transaction.js';
import { replayTrmSubscription } from '../../domain/training/replay-trm-subscription.js';
import { toTrmFacts } from '../../domain/training/to-trm-facts.js';
import { dateOf, trmRulesFor } from '../../domain/training/trm-rules-for.js';
import {
  insertTrmLedgerEntry,
  listTrmBookings,
  listTrmSubscriptionsPastFirstTerm,
} from '../../repositories/trm-repository.js';

/**
 * IVA-47 / H4: writes an `expiry` ledger entry (unused days and vouchers) for every TRM term that has
 * ended. Idempotent: one expiry per (tenant, subscription, term) is a unique index, so re-runs and two
 * workers write each expiry once. Returns how many entries were written.
 */
export async function expireTrmTerms(deps: { db: TDb }, now: Date): Promise<number> {
  const today = dateOf(now);
  let written = 0;
  for (const sub of await listTrmSubscriptionsPastFirstTerm(deps.db, today)) {
    written += await withTransaction(deps.db, async (trx) => {
      const facts = toTrmFacts(sub, await listTrmBookings(trx, sub.tenant_id, sub.id));
      const replay = replayTrmSubscription(trmRulesFor(sub.pack_id), facts, today);
      let count = 0;
      for (const e of replay.ledger.filter((x) => x.kind === 'expiry')) {
        const inserted = await insertTrmLedgerEntry(trx, {
          tenant_id: sub.tenant_id,
          id: newId(now.getTime()),
          subscription_id: sub.id,
          kind: 'expiry',
          term_start: e.term_start,
          entry_date: e.date,
          days: e.days ?? 0,
          onsite_days: 0,
          vouchers: e.vouchers ?? 0,
          booking_id: null,
          created_at: now,
        });
        if (inserted) count += 1;
      }
      return count;
    });
  }
  return written;
}
