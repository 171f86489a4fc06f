import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { AppError } from '../../lib/app-error.js';
import { findPackageRoot } from './package-root.js';
import { parsePack } from './parse-pack.js';
import type { TPolicy } from './schema.js';

export { parsePack } from './parse-pack.js';

export type TPackSummary = {
  id: string;
  name: string;
  vendor: string;
  version: string;
  effectiveFrom: string;
  plans: string[];
  severities: string[];
  centres: string[];
  placeholders: string[];
};

/** Built-in pack ids and their files under <package root>/packs. */
const BUILT_IN_FILES: Record<string, string> = {
  'imprivata-onesign': 'imprivata-onesign.yaml',
  ivanti: 'ivanti.yaml',
};

const cache = new Map<string, TPolicy>();

export function listBuiltInPacks(): TPackSummary[] {
  return Object.keys(BUILT_IN_FILES).map((id) => summarizePack(getBuiltInPack(id)));
}

/** Whether `id` names a built-in pack. */
export function hasBuiltInPack(id: string): boolean {
  return Object.hasOwn(BUILT_IN_FILES, id);
}

/** A built-in pack by id (parsed once, frozen). Throws AppError('pack.not_found'). */
export function getBuiltInPack(id: string): TPolicy {
  const cached = cache.get(id);
  if (cached) return cached;
  const file = BUILT_IN_FILES[id];
  if (!file) {
    throw new AppError(
      'pack.not_found',
      `No built-in pack "${id}" (known: ${Object.keys(BUILT_IN_FILES).join(', ')})`,
    );
  }
  const policy = loadPackFile(join(findPackageRoot(), 'packs', file));
  cache.set(id, policy);
  return policy;
}

/** Reads and validates a pack file. Throws AppError('pack.not_found') or AppError('pack.invalid'). */
export function loadPackFile(path: string): TPolicy {
  if (!existsSync(path)) throw new AppError('pack.not_found', `Pack file not found: ${path}`);
  return parsePack(readFileSync(path, 'utf8'), basename(path));
}

/** `--pack` accepts a built-in id or a file path. */
export function resolvePack(idOrPath: string): TPolicy {
  if (BUILT_IN_FILES[idOrPath]) return getBuiltInPack(idOrPath);
  if (/[\\/]|\.ya?ml$/i.test(idOrPath)) return loadPackFile(idOrPath);
  return getBuiltInPack(idOrPath);
}

export function summarizePack(policy: TPolicy): TPackSummary {
  return {
    id: policy.id,
    name: policy.name,
    vendor: policy.vendor,
    version: policy.version,
    effectiveFrom: policy.effective_from,
    plans: policy.plans.map((plan) => plan.id),
    severities: policy.severities.map((severity) => severity.id),
    centres: policy.centres.map((centre) => centre.id),
    placeholders: policy.centres.filter((centre) => centre.placeholder).map((centre) => centre.id),
  };
}
