import { parseArgs } from 'node:util';
import { z } from 'zod';
import { resolvePack } from '../domain/packs/registry.js';
import { assessVersionSupport, type TVersionSupport } from '../domain/releases/assess-version-support.js';
import { AppError } from '../lib/app-error.js';
import { answer, readAll, runBatch, type TCliCommand, writeLine } from './io.js';

const ZIsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** One request of `release status` (a `--json` document on stdin, or a `--batch` NDJSON line). */
const ZReleaseStatusRequest = z.object({
  pack: z.string().min(1),
  product: z.string().optional(),
  versions: z
    .array(z.object({ version: z.string().min(1), ga: ZIsoDate, end_of_shipping: ZIsoDate.optional() }))
    .min(1),
  as_of: ZIsoDate,
  support_ended: ZIsoDate.optional(),
});

type TReleaseStatus = { versions: TVersionSupport[] };

export function releaseStatusRequest(raw: unknown): TReleaseStatus {
  const parsed = ZReleaseStatusRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'release.invalid_input',
      `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const r = parsed.data;
  const rules = resolvePack(r.pack).releases;
  try {
    return { versions: assessVersionSupport(rules, r.versions, r.as_of, r.support_ended) };
  } catch (error) {
    throw new AppError('release.invalid_input', error instanceof Error ? error.message : String(error));
  }
}

/**
 * `aftercare release status --json` (one request as JSON on stdin → one JSON answer)
 * or `--batch` (NDJSON requests on stdin → NDJSON answers, one per line). Without either flag: text.
 */
export const runReleaseStatus: TCliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: { json: { type: 'boolean' }, batch: { type: 'boolean' } },
    strict: true,
  });
  if (values.batch) return runBatch(io, releaseStatusRequest);
  const text = await readAll(io.stdin);
  const result = answer(() => releaseStatusRequest(JSON.parse(text)));
  if ('error' in result) {
    if (values.json) writeLine(io.stdout, JSON.stringify(result));
    writeLine(io.stderr, `aftercare release status: ${result.error.code}: ${result.error.message}`);
    return 1;
  }
  if (values.json) writeLine(io.stdout, JSON.stringify(result));
  else
    for (const v of result.versions)
      writeLine(io.stdout, `${v.version}: ${v.status} until ${v.supported_until ?? 'open'} — ${v.reason}`);
  return 0;
};
