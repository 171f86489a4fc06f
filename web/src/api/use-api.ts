import { type QueryKey, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useAuth } from '../auth/auth-context.js';
import type { THttpMethod } from './api-client.js';

type TQuery = Record<string, string | number | boolean | undefined>;

/**
 * GET an API path with React Query, e.g. `useApiQuery<TCaseSla>(['cases', id, 'sla'], `/cases/${id}/sla`)`.
 * Errors are ApiErrors; render them with <QueryState>.
 */
export function useApiQuery<T>(
  key: QueryKey,
  path: string,
  query?: TQuery,
  options: { enabled?: boolean; refetchIntervalMs?: number } = {},
) {
  const { client } = useAuth();
  return useQuery({
    queryKey: query ? [...key, query] : key,
    queryFn: ({ signal }) => client.get<T>(path, { query, signal }),
    enabled: options.enabled,
    // Polling (e.g. the queue) refreshes in place: unchanged answers keep the same objects, no re-render.
    refetchInterval: options.refetchIntervalMs ?? false,
  });
}

/**
 * A write (POST/PUT/PATCH/DELETE, with the CSRF header) that refreshes the given query keys on success,
 * e.g. `useApiMutation<TCaseCreate, TCase>('POST', '/cases', [['cases']])`.
 */
export function useApiMutation<TBody, TResult>(
  method: Exclude<THttpMethod, 'GET'>,
  path: string,
  invalidates: readonly QueryKey[] = [],
) {
  const { client } = useAuth();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TBody) => client.request<TResult>(method, path, { body }),
    onSuccess: async () => {
      await Promise.all(invalidates.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}
