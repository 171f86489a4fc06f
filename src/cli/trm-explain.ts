import { parseArgs } from 'node:util';
import { z } from 'zod';
import { resolvePack } from '../domain/packs/registry.js';
import { explainTrm, type TTrmExplain } from '../domain/training/explain-trm.js';
import { AppError } from '../lib/app-error.js';
import { answer, readAll, runBatch, type TCliCommand, writeLine } from './io.js';

/** One request of `trm explain` (a `--json` document on stdin or flags, or a `--batch` NDJSON line). */
const ZTrmExplainRequest = z.object({
  pack: z.string().min(1),
  offering: z.string().min(1),
  purchased: z.string(),
  as_of: z.string(),
  bookings: z
    .array(
      z.object({
        kind: z.enum(['remote', 'onsite', 'voucher']),
        days: z.array(z.string()).optional(),
        person: z.string().optional(),
        course: z.string().optional(),
      }),
    )
    .default([]),
  notices: z.array(z.object({ kind: z.literal('non_renewal_notice'), received: z.string() })).default([]),
});

export function explainTrmRequest(raw: unknown): TTrmExplain {
  const parsed = ZTrmExplainRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'trm.invalid_input',
      `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const r = parsed.data;
  const trm = resolvePack(r.pack).training.trm;
  if (!trm) throw new AppError('trm.not_offered', `Pack "${r.pack}" has no TRM offerings`);
  return explainTrm(trm, r);
}

/**
 * `aftercare trm explain --json` (one request as JSON on stdin, or --pack/--offering/--purchased/--as-of)
 * or `--batch` (NDJSON requests on stdin → NDJSON answers).
 */
export const runTrmExplain: TCliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      pack: { type: 'string' },
      offering: { type: 'string' },
      purchased: { type: 'string' },
      'as-of': { type: 'string' },
      json: { type: 'boolean' },
      batch: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.batch) return runBatch(io, explainTrmRequest);
  const result =
    values.pack !== undefined
      ? answer(() =>
          explainTrmRequest({
            pack: values.pack,
            offering: values.offering,
            purchased: values.purchased,
            as_of: values['as-of'],
          }),
        )
      : await readStdinRequest(io.stdin);
  if (values.json) writeLine(io.stdout, JSON.stringify(result));
  else writeLine(io.stdout, 'error' in result ? '' : formatText(result));
  if ('error' in result) {
    writeLine(io.stderr, `aftercare trm explain: ${result.error.code}: ${result.error.message}`);
    return 1;
  }
  return 0;
};

async function readStdinRequest(stdin: NodeJS.ReadableStream) {
  const text = await readAll(stdin);
  return answer(() => explainTrmRequest(JSON.parse(text)));
}

function formatText(json: TTrmExplain): string {
  const a = json.allowance;
  const u = json.used;
  return [
    `Term ${json.period.start} … ${json.period.end} (non-renewal notice by ${json.non_renewal_deadline})`,
    `Days ${u.days}/${a.days} (on-site ${u.onsite_days}/${a.onsite_cap}), vouchers ${u.vouchers}/${a.vouchers}`,
    ...json.bookings.map((b, i) => `  booking ${i + 1}: ${b.accepted ? 'accepted' : `refused ${b.code}`}`),
  ].join('\n');
}
