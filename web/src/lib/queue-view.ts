import type { TCase, TCaseFilters } from '../api/case-types.js';

/** Columns the agent queue sorts by (the header buttons). */
export const queueSortKeys = [
  'next_due',
  'case',
  'severity',
  'status',
  'account',
  'assignee',
  'plan',
  'routing',
  'opened',
] as const;
export type TQueueSortKey = (typeof queueSortKeys)[number];
export type TSortDirection = 'asc' | 'desc';

/** What the queue shows: its filters and sort, kept in the page address (`?severity=P1&sort=opened&dir=desc`). */
export type TQueueView = {
  filters: TCaseFilters;
  sort: TQueueSortKey;
  dir: TSortDirection;
};

const filterNames = ['status', 'severity', 'centre', 'tier', 'plan', 'assignee', 'account'] as const;

/** Reads a queue view from a query string; unknown keys and values are ignored. */
export function parseQueueView(search: URLSearchParams): TQueueView {
  const filters: TCaseFilters = {};
  for (const name of filterNames) {
    const value = search.get(name);
    if (value) filters[name] = value;
  }
  const sort = search.get('sort');
  return {
    filters,
    sort: (queueSortKeys as readonly string[]).includes(sort ?? '') ? (sort as TQueueSortKey) : 'next_due',
    dir: search.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

/** The query string of a view (defaults left out, so the plain queue stays `/agent/queue`). */
export function formatQueueView(view: TQueueView): string {
  const search = new URLSearchParams();
  for (const name of filterNames) {
    const value = view.filters[name];
    if (value) search.set(name, value);
  }
  if (view.sort !== 'next_due') search.set('sort', view.sort);
  if (view.dir === 'desc') search.set('dir', 'desc');
  return search.toString();
}

/** The API query of a view: `assignee=me` becomes the signed-in user's id. */
export function queueApiFilters(view: TQueueView, userId: string | undefined): TCaseFilters {
  const filters = { ...view.filters, status: view.filters.status ?? 'open' };
  if (filters.assignee === 'me') filters.assignee = userId;
  return filters;
}

type TNames = { account: (id: string) => string; assignee: (id: string | null | undefined) => string };

/**
 * Sorts loaded cases by a column. The default (next due) keeps the queue's rule: cases that need a
 * phone call first, then the nearest due time, cases without a pending deadline last. Ties by number.
 */
export function sortQueue(
  cases: readonly TCase[],
  sort: TQueueSortKey,
  dir: TSortDirection,
  names: TNames,
): TCase[] {
  const key = sortKeyOf(sort, names);
  const sign = dir === 'desc' ? -1 : 1;
  return [...cases].sort((a, b) => sign * compare(key(a), key(b)) || a.number - b.number);
}

type TKey = string | number | [number, number];

function sortKeyOf(sort: TQueueSortKey, names: TNames): (item: TCase) => TKey {
  switch (sort) {
    case 'next_due':
      return (item) => [
        item.needsPhoneCall ? 0 : 1,
        item.nextDueAt ? Date.parse(item.nextDueAt) : Number.POSITIVE_INFINITY,
      ];
    case 'case':
      return (item) => item.number;
    case 'severity':
      return (item) => item.severity;
    case 'status':
      return (item) => item.status;
    case 'account':
      return (item) => names.account(item.accountId).toLowerCase();
    case 'assignee':
      // Unassigned first when ascending: that is what a queue is worked from.
      return (item) => (item.assigneeId ? `1${names.assignee(item.assigneeId).toLowerCase()}` : '0');
    case 'plan':
      return (item) => item.plan;
    case 'routing':
      return (item) => `${item.centre}·${item.tier}`;
    case 'opened':
      return (item) => Date.parse(item.openedAt);
  }
}

function compare(a: TKey, b: TKey): number {
  if (Array.isArray(a) && Array.isArray(b)) return compareNumbers(a[0], b[0]) || compareNumbers(a[1], b[1]);
  if (typeof a === 'number' && typeof b === 'number') return compareNumbers(a, b);
  return String(a).localeCompare(String(b));
}

function compareNumbers(a: number, b: number): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
