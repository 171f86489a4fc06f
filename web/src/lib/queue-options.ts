import type { TPackDetail } from '../api/pack-types.js';

export type TOption = { value: string; label: string };

/** Filter options across packs: the union of centres, plans and severities, labelled by name. */
export function listQueueOptions(packs: readonly TPackDetail[]): {
  centres: TOption[];
  plans: TOption[];
  severities: TOption[];
} {
  const collect = (pick: (pack: TPackDetail) => readonly { id: string; name: string }[]) => {
    const byId = new Map<string, TOption>();
    for (const pack of packs) {
      for (const item of pick(pack)) {
        if (!byId.has(item.id)) byId.set(item.id, { value: item.id, label: `${item.name} (${pack.name})` });
      }
    }
    return [...byId.values()];
  };
  return {
    centres: collect((pack) => pack.centres),
    plans: collect((pack) => pack.plans),
    severities: collect((pack) =>
      pack.severities.map((severity) => ({ id: severity.id, name: `${severity.id} ${severity.name}` })),
    ),
  };
}

/** Next due first; cases without a pending deadline last, then by number. */
export function sortByNextDue<T extends { nextDueAt?: string | null; number: number }>(
  cases: readonly T[],
): T[] {
  const key = (item: T) => (item.nextDueAt ? Date.parse(item.nextDueAt) : Number.POSITIVE_INFINITY);
  return [...cases].sort((a, b) => key(a) - key(b) || a.number - b.number);
}
