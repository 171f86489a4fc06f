import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { AppError, type TErrorDetail } from '../../lib/app-error.js';
import { type TPolicy, ZPack } from './schema.js';

/** Parses and validates a pack (YAML text). Throws AppError('pack.invalid') with line/column details. */
export function parsePack(yamlText: string, sourceName: string): TPolicy {
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    const details = document.errors.map((error): TErrorDetail => {
      const position = lineCounter.linePos(error.pos[0]);
      return {
        line: position.line,
        column: position.col,
        message: error.message.split('\n')[0] ?? error.message,
      };
    });
    throw invalid(sourceName, details);
  }
  const result = ZPack.safeParse(document.toJS({ maxAliasCount: 100 }));
  if (!result.success) {
    const details = result.error.issues.map((issue) => describeIssue(issue, document.contents, lineCounter));
    throw invalid(sourceName, details);
  }
  return deepFreeze(result.data);
}

function invalid(sourceName: string, details: TErrorDetail[]): AppError {
  const lines = details.map(
    (d) => `${sourceName}:${d.line ?? 0}:${d.column ?? 0}: ${d.field ? `${d.field}: ` : ''}${d.message}`,
  );
  return new AppError('pack.invalid', `Invalid policy pack ${sourceName}\n${lines.join('\n')}`, details);
}

/** Maps a zod issue path to the deepest YAML node that exists on it, and reports its position. */
function describeIssue(issue: z.core.$ZodIssue, root: unknown, lineCounter: LineCounter): TErrorDetail {
  const path = issue.path.map((part) => (typeof part === 'symbol' ? String(part) : part));
  let node = root as YamlNode | null;
  let keyNode: YamlNode | null = null;
  let unrecognizedKey: string | undefined;
  if (issue.code === 'unrecognized_keys') unrecognizedKey = issue.keys[0];
  const walk = unrecognizedKey === undefined ? path : [...path, unrecognizedKey];
  for (const part of walk) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(part));
      if (!pair) break;
      keyNode = isScalar(pair.key) ? pair.key : null;
      node = (pair.value as YamlNode | null) ?? keyNode;
      if (unrecognizedKey !== undefined && part === unrecognizedKey) node = keyNode;
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part] as YamlNode | undefined;
      if (!item) break;
      node = item;
    } else break;
  }
  const offset = node?.range?.[0] ?? 0;
  const position = lineCounter.linePos(offset);
  const field = path.join('.') || '(root)';
  return { field, line: position.line, column: position.col, message: issue.message };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
