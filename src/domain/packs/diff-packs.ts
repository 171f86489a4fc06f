import type { TPolicy } from './schema.js';

/** One difference between two pack versions, readable by a person. */
export type TPackDiffEntry = {
  /** Where: `sla.matrix[premium/P1].first_response`, `plans[premium].named_contacts`, … */
  path: string;
  /** Section: identity, sla_matrix, plans, severities, centres, contract, other. */
  section: string;
  before: unknown;
  after: unknown;
  label: string;
};

const identityFields = ['name', 'vendor', 'version', 'effective_from', 'announced_on'] as const;
const sectionNames: Record<string, string> = {
  plans: 'Plan',
  severities: 'Severity',
  centres: 'Centre',
  contract: 'Contract terms',
  sla: 'SLA',
  rma: 'RMA',
  releases: 'Releases',
  training: 'Training',
  usage_data: 'Usage data',
  escalation_tiers: 'Escalation tier',
  phone_numbers: 'Phone numbers',
  customer_center: 'Customer Center',
  region_centres: 'Region centres',
  intake: 'Intake rule',
  tracked: 'Tracked rule',
};

/**
 * The differences between two resolved packs: SLA matrix cells, plans/severities/centres added,
 * removed or changed (hours, holidays, closures), contract terms and every other setting. Citations
 * (`source`) are ignored. Pure; entries come in pack order.
 */
export function diffPacks(before: TPolicy, after: TPolicy): TPackDiffEntry[] {
  const entries: TPackDiffEntry[] = [];
  for (const field of identityFields) {
    walk(entries, field, 'identity', before[field], after[field]);
  }
  diffMatrix(entries, before, after);
  const skip = new Set<string>([...identityFields, 'schema', 'id', 'source', 'sla']);
  const keys = unionKeys(before as Record<string, unknown>, after as Record<string, unknown>);
  for (const key of keys) {
    if (skip.has(key) || key.endsWith('_source')) continue;
    walk(
      entries,
      key,
      sectionOf(key),
      (before as Record<string, unknown>)[key],
      (after as Record<string, unknown>)[key],
    );
  }
  const { matrix: _b, ...slaBefore } = before.sla;
  const { matrix: _a, ...slaAfter } = after.sla;
  walk(entries, 'sla', 'sla', slaBefore, slaAfter);
  return entries;
}

function diffMatrix(entries: TPackDiffEntry[], before: TPolicy, after: TPolicy): void {
  const cell = (row: { plan: string; severity: string }) => `${row.plan}/${row.severity}`;
  const beforeRows = new Map(before.sla.matrix.map((row) => [cell(row), row]));
  const afterRows = new Map(after.sla.matrix.map((row) => [cell(row), row]));
  for (const key of new Set([...beforeRows.keys(), ...afterRows.keys()])) {
    const [plan, severity] = key.split('/');
    for (const milestone of ['first_response', 'resolution'] as const) {
      const oldTarget = stripSources(beforeRows.get(key)?.[milestone] ?? null) as { text?: string } | null;
      const newTarget = stripSources(afterRows.get(key)?.[milestone] ?? null) as { text?: string } | null;
      if (same(oldTarget, newTarget)) continue;
      const name = milestone === 'first_response' ? 'first response' : 'resolution';
      const describe = (target: { text?: string } | null) =>
        target === null ? '(none)' : `“${target.text ?? format(target)}”`;
      entries.push({
        path: `sla.matrix[${key}].${milestone}`,
        section: 'sla_matrix',
        before: oldTarget,
        after: newTarget,
        label: `SLA ${plan} / ${severity} ${name}: ${describe(oldTarget)} → ${describe(newTarget)}${detail(oldTarget, newTarget)}`,
      });
    }
  }
}

/** When the seed wording is unchanged but the clock changed, say which numbers changed. */
function detail(before: unknown, after: unknown): string {
  if (!isObject(before) || !isObject(after) || before.text !== after.text) return '';
  const { text: _b, ...restBefore } = before;
  const { text: _a, ...restAfter } = after;
  return ` (${format(restBefore)} → ${format(restAfter)})`;
}

function walk(
  entries: TPackDiffEntry[],
  path: string,
  section: string,
  before: unknown,
  after: unknown,
): void {
  if (same(before, after)) return;
  if (Array.isArray(before) && Array.isArray(after)) {
    if (isKeyedArray(before) && isKeyedArray(after)) {
      const oldItems = new Map(before.map((item) => [String(item.id), item]));
      const newItems = new Map(after.map((item) => [String(item.id), item]));
      for (const id of new Set([...oldItems.keys(), ...newItems.keys()])) {
        walk(entries, `${path}[${id}]`, section, oldItems.get(id), newItems.get(id));
      }
      return;
    }
    if (before.every(isPrimitive) && after.every(isPrimitive)) {
      for (const item of before) {
        if (!after.includes(item))
          push(entries, path, section, item, undefined, `Removed ${format(item)} from ${describePath(path)}`);
      }
      for (const item of after) {
        if (!before.includes(item))
          push(entries, path, section, undefined, item, `Added ${format(item)} to ${describePath(path)}`);
      }
      return;
    }
  }
  if (isObject(before) && isObject(after)) {
    for (const key of unionKeys(before, after)) {
      if (key === 'source' || key.endsWith('_source')) continue;
      walk(entries, `${path}.${key}`, section, before[key], after[key]);
    }
    return;
  }
  const label =
    before === undefined
      ? `Added ${describePath(path)}: ${format(after)}`
      : after === undefined
        ? `Removed ${describePath(path)} (was ${format(before)})`
        : `${describePath(path)}: ${format(before)} → ${format(after)}`;
  push(entries, path, section, before, after, label);
}

function push(
  entries: TPackDiffEntry[],
  path: string,
  section: string,
  before: unknown,
  after: unknown,
  label: string,
) {
  entries.push({
    path,
    section,
    before: stripSources(before ?? null),
    after: stripSources(after ?? null),
    label,
  });
}

function sectionOf(key: string): string {
  return ['plans', 'severities', 'centres', 'contract'].includes(key) ? key : 'other';
}

/** `centres[us].calendar.hours.mon` → `Centre us › calendar › hours › mon`. */
export function describePath(path: string): string {
  const parts = path.split('.');
  const head = parts[0] ?? path;
  const match = /^([a-z_]+)(?:\[(.+)\])?$/.exec(head);
  const section = match?.[1] ?? head;
  const name = sectionNames[section] ?? humanise(section);
  const first = match?.[2] ? `${name} ${match[2]}` : name;
  return [first, ...parts.slice(1).map(humanise)].join(' › ');
}

function humanise(part: string): string {
  return part.replace(/_/g, ' ');
}

function format(value: unknown): string {
  if (value === undefined || value === null) return '(none)';
  if (typeof value === 'string') return `“${value}”`;
  if (Array.isArray(value) && value.every((item) => Array.isArray(item) && item.length === 2)) {
    return value.length === 0 ? 'closed' : value.map((pair) => `${pair[0]}–${pair[1]}`).join(', ');
  }
  const text = JSON.stringify(stripSources(value));
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}

function stripSources(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripSources);
  if (!isObject(value)) return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    if (key === 'source' || key.endsWith('_source')) continue;
    result[key] = stripSources(child);
  }
  return result;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(stripSources(a ?? null)) === JSON.stringify(stripSources(b ?? null));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function isKeyedArray(value: unknown[]): value is Array<Record<string, unknown> & { id: unknown }> {
  return (
    value.length > 0 &&
    value.every((item) => isObject(item) && (typeof item.id === 'string' || typeof item.id === 'number'))
  );
}

function unionKeys(a: Record<string, unknown>, b: Record<string, unknown>): string[] {
  return [...new Set([...Object.keys(a), ...Object.keys(b)])];
}
