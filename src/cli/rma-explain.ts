import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { resolvePack } from '../domain/packs/registry.js';
import { explainRmaRequest, type TRmaExplainResult } from '../domain/rma/explain-rma-json.js';
import { errorJson, type TCliCommand, writeLine } from './io.js';

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
  if (values.batch) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Number.POSITIVE_INFINITY });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      writeLine(io.stdout, JSON.stringify(explainLine(line)));
    }
    return 0;
  }
  let text = values.request ?? positionals[0];
  if (text === undefined) {
    const chunks: string[] = [];
    for await (const chunk of io.stdin) chunks.push(String(chunk));
    text = chunks.join('');
  }
  const output = explainLine(text);
  if (values.json || 'error' in output) writeLine(io.stdout, JSON.stringify(output));
  else writeLine(io.stdout, formatText(output));
  if ('error' in output) {
    writeLine(io.stderr, `aftercare rma explain: ${output.error.code}: ${output.error.message}`);
    return 1;
  }
  return 0;
};

function explainLine(line: string): TRmaExplainResult | { error: { code: string; message: string } } {
  try {
    return explainRmaRequest(JSON.parse(line), resolvePack);
  } catch (error) {
    return error instanceof SyntaxError
      ? { error: { code: 'request.invalid_json', message: error.message } }
      : errorJson(error);
  }
}

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
