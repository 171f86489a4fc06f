import type { TPolicy } from '../packs/schema.js';
import type { TSource } from '../packs/schema-common.js';

/** `IMP-49 (seeds/000_….txt § Service Levels): “Within 2 business hours” [reading T4]` */
export function citeSource(policy: TPolicy, source: TSource): string {
  const quote = source.quote ? `: “${source.quote}”` : '';
  const reading = source.reading ? ` [reading ${source.reading}]` : '';
  return `${source.clause} (${policy.source.file} § ${source.section})${quote}${reading}`;
}
