import type { TCase } from '../api/case-types.js';
import { assessBreachRisk } from './breach-risk.js';
import { type TInstant, toEpochMs } from './format-time.js';

const hour = 3_600_000;
const day = 24 * hour;

export const ageBuckets = [
  { label: 'Under 1 day', maxMs: day },
  { label: '1–3 days', maxMs: 3 * day },
  { label: '3–7 days', maxMs: 7 * day },
  { label: '1–4 weeks', maxMs: 28 * day },
  { label: 'Over 4 weeks', maxMs: Number.POSITIVE_INFINITY },
] as const;

const closedStatuses = new Set(['resolved', 'closed']);

export function isOpenCase(item: Pick<TCase, 'status'>): boolean {
  return !closedStatuses.has(item.status);
}

/** Open cases by how long ago they were opened, split by severity (for a stacked bar chart). */
export function countBacklogByAge(
  cases: readonly Pick<TCase, 'status' | 'openedAt' | 'severity'>[],
  now: TInstant,
): { rows: Record<string, string | number>[]; severities: string[] } {
  const nowMs = toEpochMs(now);
  const open = cases.filter(isOpenCase);
  const severities = [...new Set(open.map((item) => item.severity))].sort();
  const rows = ageBuckets.map((bucket) => {
    const row: Record<string, string | number> = { age: bucket.label };
    for (const severity of severities) row[severity] = 0;
    return row;
  });
  for (const item of open) {
    const age = nowMs - toEpochMs(item.openedAt);
    const index = ageBuckets.findIndex((bucket) => age < bucket.maxMs);
    const row = rows[index === -1 ? rows.length - 1 : index];
    if (row) row[item.severity] = Number(row[item.severity] ?? 0) + 1;
  }
  return { rows, severities };
}

export type TCentreRisk = { centre: string; ok: number; at_risk: number; breached: number };

/**
 * Per centre: open cases whose next deadline is on track, at risk or breached now, plus cases with a
 * milestone the API marked breached (counted as breached even when the next deadline is fine).
 */
export function countRiskByCentre(
  cases: readonly Pick<TCase, 'status' | 'centre' | 'nextDueAt' | 'openedAt' | 'milestones'>[],
  now: TInstant,
  describeCentre: (id: string) => string = (id) => id,
): TCentreRisk[] {
  const byCentre = new Map<string, TCentreRisk>();
  for (const item of cases.filter(isOpenCase)) {
    const name = describeCentre(item.centre);
    const entry = byCentre.get(name) ?? { centre: name, ok: 0, at_risk: 0, breached: 0 };
    const markedBreached = (item.milestones ?? []).some((milestone) => Boolean(milestone.breachedAt));
    if (markedBreached) entry.breached += 1;
    else if (item.nextDueAt)
      entry[assessBreachRisk({ due: item.nextDueAt, now, start: item.openedAt }).risk] += 1;
    else entry.ok += 1;
    byCentre.set(name, entry);
  }
  return [...byCentre.values()].sort((a, b) => a.centre.localeCompare(b.centre));
}
