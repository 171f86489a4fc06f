import { type TActor, visibleAccountId } from '../policies/actor.js';
import type { TRecordScope } from './record-repository.js';

/** The tenant (and, for customer users, account) an actor's queries are confined to. */
export function scopeOf(actor: TActor): TRecordScope {
  return { tenantId: actor.tenantId, accountId: visibleAccountId(actor) };
}
