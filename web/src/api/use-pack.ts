import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useAuth } from '../auth/auth-context.js';
import type { ApiClient } from './api-client.js';
import { normalisePack } from './normalise-pack.js';
import type { TPackCentre, TPackDetail } from './pack-types.js';

/** GET /packs/:id in the screens' shape. */
export async function fetchPack(client: ApiClient, packId: string): Promise<TPackDetail> {
  return normalisePack(await client.get<unknown>(`/packs/${encodeURIComponent(packId)}`));
}

/** GET /packs/:id, cached per pack for a few minutes (packs change rarely). */
export function usePack(packId: string | undefined) {
  const { client } = useAuth();
  return useQuery({
    queryKey: ['packs', packId],
    queryFn: () => fetchPack(client, packId ?? ''),
    enabled: Boolean(packId),
    staleTime: 5 * 60_000,
  });
}

export type TCentreZones = ReadonlyMap<string, TPackCentre>;

/** Centre id → centre (name, IANA zone) of a pack, for "centre time on hover"; empty until loaded. */
export function useCentreZones(packId: string | undefined): TCentreZones {
  const pack = usePack(packId);
  return useMemo(() => new Map((pack.data?.centres ?? []).map((centre) => [centre.id, centre])), [pack.data]);
}
