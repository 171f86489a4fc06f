import { loadPackFile, summarizePack } from '../domain/packs/registry.js';
import { isAppError } from '../lib/app-error.js';
import { type TCliCommand, writeLine } from './io.js';

/** `aftercare pack validate <file>`: exit 0 when valid, 1 with `file:line:column: field: message` lines. */
export const runPackValidate: TCliCommand = async (args, io) => {
  const file = args.find((arg) => !arg.startsWith('-'));
  if (!file || args.includes('--help')) {
    writeLine(io.stderr, 'Usage: aftercare pack validate <file>');
    return file ? 0 : 1;
  }
  try {
    const summary = summarizePack(loadPackFile(file));
    writeLine(
      io.stdout,
      `${file}: ok — pack ${summary.id} v${summary.version} (effective ${summary.effectiveFrom}); plans ${summary.plans.join(', ')}; severities ${summary.severities.join(', ')}; centres ${summary.centres.join(', ')}`,
    );
    return 0;
  } catch (error) {
    if (!isAppError(error)) throw error;
    if (error.details.length === 0) writeLine(io.stderr, `${file}: ${error.message}`);
    for (const detail of error.details) {
      writeLine(
        io.stderr,
        `${file}:${detail.line ?? 0}:${detail.column ?? 0}: ${detail.field ? `${detail.field}: ` : ''}${detail.message}`,
      );
    }
    return 1;
  }
};
