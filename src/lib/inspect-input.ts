import type { TErrorDetail } from './app-error.js';

/** Earliest and latest year any accepted instant or date may have (issue 13, item 6). */
export const earliestAcceptedYear = 1970;
export const latestAcceptedYear = 2100;
/** Longest period a preview or report may cover (two years and a leap day). */
export const maxRangeDays = 732;
/** Nesting deeper than this is refused before any schema runs (no recursion on hostile input). */
export const maxInputDepth = 32;

/** Free-text fields: may hold tabs, newlines and other layout characters, but never NUL. */
const freeTextKeys = new Set([
  'description',
  'body',
  'text',
  'notes',
  'note',
  'reason',
  'comment',
  'message',
  'summary',
  'content',
  'source',
  'details',
  'explanation',
]);

// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the rule that refuses them
const nul = /\u0000/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the rule that refuses them
const controlInName = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: this is the rule that refuses them
const controlInText = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/;
const isoDate = /^([+-]\d{6}|\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ]|$)/;
const isoMonth = /^([+-]\d{6}|\d{4})-(0[1-9]|1[0-2])$/;

export type TInputProblem = TErrorDetail & { kind: 'control' | 'date' | 'depth' };

/**
 * Walks one request part (params, query or body) without recursion and names every field that holds
 * NUL or a control character (free text may keep \t \n \r), an ISO date/instant outside
 * 1970–2100, or nesting deeper than `maxInputDepth`. Keys are checked like values.
 */
export function inspectInput(value: unknown, root: string): TInputProblem[] {
  const problems: TInputProblem[] = [];
  const stack: Array<{ value: unknown; path: string; key: string; depth: number }> = [
    { value, path: '', key: root, depth: 0 },
  ];
  while (stack.length > 0 && problems.length < 20) {
    const item = stack.pop() as (typeof stack)[number];
    const field = item.path || root;
    if (typeof item.value === 'string') {
      const problem = inspectString(item.value, item.key);
      if (problem) problems.push({ field, message: problem.message, kind: problem.kind });
      continue;
    }
    if (item.value === null || typeof item.value !== 'object') continue;
    if (item.depth >= maxInputDepth) {
      problems.push({ field, message: `nested more than ${maxInputDepth} levels deep`, kind: 'depth' });
      continue;
    }
    const entries = Array.isArray(item.value)
      ? item.value.map((child, index) => [String(index), child] as const)
      : Object.entries(item.value as Record<string, unknown>);
    for (const [key, child] of entries) {
      const path = item.path ? `${item.path}.${key}` : key;
      if (controlInName.test(key)) {
        problems.push({ field: path, message: 'field name contains a control character', kind: 'control' });
        continue;
      }
      const parentKey = Array.isArray(item.value) ? item.key : key;
      stack.push({ value: child, path, key: parentKey, depth: item.depth + 1 });
    }
  }
  return problems;
}

function inspectString(value: string, key: string): { message: string; kind: TInputProblem['kind'] } | null {
  if (nul.test(value)) return { message: 'contains a NUL character', kind: 'control' };
  const pattern = freeTextKeys.has(key) ? controlInText : controlInName;
  if (pattern.test(value)) return { message: 'contains a control character', kind: 'control' };
  const date = isoDate.exec(value) ?? (/month/i.test(key) ? isoMonth.exec(value) : null);
  if (date?.[1]) {
    const year = Number(date[1]);
    if (year < earliestAcceptedYear || year > latestAcceptedYear) {
      return {
        message: `dates must lie between ${earliestAcceptedYear} and ${latestAcceptedYear}`,
        kind: 'date',
      };
    }
  }
  return null;
}
