import type { TPage } from './case-types.js';
import type { TAccount } from './record-types.js';
import { useApiQuery } from './use-api.js';

/** Account id → name for vendor staff (GET /accounts); empty for those who may not list accounts. */
export function useAccountNames(enabled: boolean): ReadonlyMap<string, string> {
  const accounts = useApiQuery<TPage<TAccount>>(
    ['accounts', 'names'],
    '/accounts',
    { limit: 100, sort: 'name' },
    { enabled },
  );
  return new Map((accounts.data?.items ?? []).map((account) => [account.id, account.name]));
}
