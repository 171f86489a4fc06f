import { parseArgs } from 'node:util';
import { explainContractRequest } from '../commands/contracts/explain-contract-request.js';
import { answer, readAll, runBatch, type TCliCommand, writeLine } from './io.js';

export { explainContractRequest };

/**
 * `aftercare contract explain [--json] ['<request>']` (the request as an argument or on stdin; --json
 * prints the result JSON, else the explanation) or `--batch` (NDJSON in, one result line per request).
 */
export const runContractExplain: TCliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, batch: { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.batch) return runBatch(io, explainContractRequest);
  const text = positionals[0] ?? (await readAll(io.stdin));
  const result = answer(
    () => explainContractRequest(JSON.parse(text)) as { status: string; explanation: string[] },
  );
  if ('error' in result) {
    writeLine(io.stdout, JSON.stringify(result));
    return 1;
  }
  if (values.json) writeLine(io.stdout, JSON.stringify(result));
  else writeLine(io.stdout, [`status: ${result.status}`, ...result.explanation].join('\n'));
  return 0;
};
