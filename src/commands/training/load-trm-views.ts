import type { TDb } from '../../db/schema.js';
import { findTrmOffering } from '../../domain/training/find-trm-offering.js';
import { replayTrmSubscription } from '../../domain/training/replay-trm-subscription.js';
import { toTrmFacts } from '../../domain/training/to-trm-facts.js';
import { dateOf, trmRulesFor } from '../../domain/training/trm-rules-for.js';
import { AppError } from '../../lib/app-error.js';
import { type TActor, visibleAccountId } from '../../policies/actor.js';
import {
  presentTrmSubscription,
  type TTrmSubscriptionView,
} from '../../presenters/present-trm-subscription.js';
import { listTrmBookings, listTrmLedger, listTrmSubscriptions } from '../../repositories/trm-repository.js';

/** The TRM subscriptions the actor may see (vendor: every account, or one; customer: their own), with balances. */
export async function loadTrmViews(
  deps: { db: TDb },
  actor: TActor,
  filter: { accountId?: string | undefined; id?: string | undefined },
  now: Date,
): Promise<TTrmSubscriptionView[]> {
  const rows = (await listTrmSubscriptions(deps.db, actor.tenantId, visibleAccountId(actor))).filter(
    (r) => (!filter.accountId || r.account_id === filter.accountId) && (!filter.id || r.id === filter.id),
  );
  const views: TTrmSubscriptionView[] = [];
  for (const row of rows) {
    const rules = trmRulesFor(row.pack_id);
    const bookings = await listTrmBookings(deps.db, actor.tenantId, row.id);
    const replay = replayTrmSubscription(rules, toTrmFacts(row, bookings), dateOf(now));
    const ledger = await listTrmLedger(deps.db, actor.tenantId, row.id);
    const travelIncluded = findTrmOffering(rules, row.offering).travel_included;
    views.push(
      presentTrmSubscription(
        row,
        replay,
        bookings,
        ledger,
        { onsiteMinConsecutiveDays: rules.onsite_min_consecutive_days, travelIncluded },
        actor,
      ),
    );
  }
  return views;
}

export async function loadTrmView(
  deps: { db: TDb },
  actor: TActor,
  id: string,
  now: Date,
): Promise<TTrmSubscriptionView> {
  const [view] = await loadTrmViews(deps, actor, { id }, now);
  if (!view) throw new AppError('trm_subscription.not_found', 'No such TRM subscription');
  return view;
}
