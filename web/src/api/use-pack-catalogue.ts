import { useQueries } from '@tanstack/react-query';
import { useAuth } from '../auth/auth-context.js';
import type { TPackDetail, TPackSummary } from './pack-types.js';
import { useApiQuery } from './use-api.js';
import { fetchPack } from './use-pack.js';

/** Every pack of the tenant in detail (GET /packs, then /packs/:id each): filters and labels. */
export function usePackCatalogue(): { packs: TPackDetail[]; isPending: boolean } {
  const { client } = useAuth();
  const list = useApiQuery<TPackSummary[] | { items: TPackSummary[] }>(['packs', 'list'], '/packs');
  const summaries = list.data ? (Array.isArray(list.data) ? list.data : list.data.items) : [];
  const details = useQueries({
    queries: summaries.map((pack) => ({
      queryKey: ['packs', pack.id],
      queryFn: () => fetchPack(client, pack.id),
    })),
  });
  return {
    packs: details.flatMap((query) => (query.data ? [query.data] : [])),
    isPending: list.isPending || details.some((query) => query.isPending),
  };
}
