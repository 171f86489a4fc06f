import { parseArgs } from 'node:util';
import { resolvePack } from '../domain/packs/registry.js';
import { explainRmaRequest, type TRmaExplainResult } from '../domain/rma/explain-rma-json.js';
import { answer, readAll, runBatch, type TCliCommand, writeLine } from './io.js';

/**
 * `aftercare rma explain --json '<request>'` (or the request on stdin) and `--batch` (NDJSON in → NDJSON
 * out, one result per line, in order). Stable interface: docs/rma.md.
 */
export const runRmaExplain: TCliCommand = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, batch: { type: 'boolean' }, request: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.batch) return runBatch(io, explainRma);
  const text = values.request ?? positionals[0] ?? (await readAll(io.stdin));
  const output = answer(() => explainRma(JSON.parse(text)));
  if (values.json || 'error' in output) writeLine(io.stdout, JSON.stringify(output));
  else writeLine(io.stdout, formatText(output));
  if ('error' in output) {
    writeLine(io.stderr, `aftercare rma explain: ${output.error.code}: ${output.error.message}`);
    return 1;
  }
  return 0;
};

const explainRma = (raw: unknown): TRmaExplainResult => explainRmaRequest(raw, resolvePack);

function formatText(json: TRmaExplainResult): string {
  const head = json.refused
    ? `refused: ${json.refused.code} — ${json.refused.message}`
    : `type: ${json.type}${json.shipping ? `, shipping ${json.shipping}` : ''}`;
  return [
    head,
    `warranty end: ${json.warranty_end}`,
    ...(json.charge ? [`charge proposal: ${json.charge.amount_minor} ${json.charge.currency}`] : []),
    ...(json.flags.length > 0 ? [`flags: ${json.flags.join(', ')}`] : []),
    ...json.deadlines.flatMap((d) => [`${d.name}: due ${d.due}`, ...d.explanation.map((e) => `  - ${e}`)]),
  ].join('\n');
}
