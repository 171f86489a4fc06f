import type { TAssignee } from './case-types.js';
import { useApiQuery } from './use-api.js';

/** Vendor users cases may be assigned to (GET /assignees), for vendor staff; empty for customers. */
export function useAssignees(enabled: boolean): { list: TAssignee[]; names: ReadonlyMap<string, string> } {
  const query = useApiQuery<{ items: TAssignee[] }>(['assignees'], '/assignees', undefined, { enabled });
  const list = query.data?.items ?? [];
  return { list, names: new Map(list.map((item) => [item.id, item.name])) };
}
