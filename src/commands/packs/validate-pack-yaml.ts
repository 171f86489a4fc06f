import { parsePack } from '../../domain/packs/parse-pack.js';
import { summarizePack, type TPackSummary } from '../../domain/packs/registry.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { AppError, isAppError } from '../../lib/app-error.js';

/** Largest pack text accepted (the built-in packs are ~40 KB). */
export const MAX_PACK_YAML_BYTES = 512 * 1024;

export type TPackValidationError = { line: number; column: number; path: string; message: string };

export type TPackValidation =
  | { valid: true; errors: []; summary: TPackSummary; policy: TPolicy }
  | { valid: false; errors: TPackValidationError[]; summary: null; policy: null };

/**
 * Validates pack YAML without throwing: syntax and schema errors come back with line and column
 * (1-based), the field path and a message. Anything unexpected is reported at line 1, never thrown.
 */
export function validatePackYaml(yaml: string, sourceName = 'upload.yaml'): TPackValidation {
  if (Buffer.byteLength(yaml, 'utf8') > MAX_PACK_YAML_BYTES) {
    return failed([
      { line: 1, column: 1, path: '(root)', message: `Pack is larger than ${MAX_PACK_YAML_BYTES} bytes` },
    ]);
  }
  try {
    const policy = parsePack(yaml, sourceName);
    return { valid: true, errors: [], summary: summarizePack(policy), policy };
  } catch (error) {
    if (isAppError(error) && error.code === 'pack.invalid' && error.details.length > 0) {
      return failed(
        error.details.map((detail) => ({
          line: detail.line ?? 1,
          column: detail.column ?? 1,
          path: detail.field ?? '(root)',
          message: detail.message,
        })),
      );
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return failed([{ line: 1, column: 1, path: '(root)', message: message || 'Unreadable pack' }]);
  }
}

function failed(errors: TPackValidationError[]): TPackValidation {
  return { valid: false, errors, summary: null, policy: null };
}

/** validatePackYaml, throwing AppError('pack.invalid') with line/column details when invalid. */
export function requireValidPack(yaml: string): TPolicy {
  const result = validatePackYaml(yaml);
  if (result.valid) return result.policy;
  throw new AppError(
    'pack.invalid',
    `Invalid policy pack: ${result.errors.length} error(s)`,
    result.errors.map((error) => ({
      field: error.path,
      line: error.line,
      column: error.column,
      message: error.message,
    })),
  );
}
