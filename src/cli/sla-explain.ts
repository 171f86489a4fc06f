import { parseArgs } from 'node:util';
import { z } from 'zod';
import { parseInstant } from '../domain/calendar/index.js';
import { resolvePack } from '../domain/packs/registry.js';
import { presentSlaResult, type TSlaJson } from '../domain/sla/present-sla.js';
import { resolveSla } from '../domain/sla/resolve-sla.js';
import { AppError } from '../lib/app-error.js';
import { errorJson, runBatch, type TCliCommand, writeLine } from './io.js';

/** One request of `sla explain` (flags or a `--batch` NDJSON line). */
const ZExplainRequest = z.object({
  pack: z.string().min(1),
  plan: z.string().min(1),
  severity: z.string().min(1),
  opened: z.string(),
  centre: z.string().min(1).optional(),
  channel: z.enum(['portal', 'phone', 'email']).optional(),
  pin_verified: z.boolean().optional(),
  closure: z.object({ from: z.string(), to: z.string() }).optional(),
  has_customer_24x7_contact: z.boolean().optional(),
  defect_confirmed_at: z.string().optional(),
  next_release_ga: z.string().optional(),
});

export function explainRequest(raw: unknown): TSlaJson {
  const parsed = ZExplainRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'sla.invalid_input',
      `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const r = parsed.data;
  const policy = resolvePack(r.pack);
  // Instants with Z or an offset are absolute; without one they are wall time of the serving centre.
  const zone =
    (policy.centres.find((c) => c.id === r.centre) ?? policy.centres[0])?.calendar.timezone ?? 'UTC';
  const instant = (text: string, field: string) => {
    try {
      return parseInstant(text, zone, field);
    } catch (error) {
      throw new AppError('sla.invalid_input', error instanceof Error ? error.message : String(error));
    }
  };
  const optional = (text: string | undefined, field: string) =>
    text === undefined ? undefined : instant(text, field);
  const result = resolveSla(policy, {
    plan: r.plan,
    severity: r.severity,
    opened: instant(r.opened, 'opened'),
    centre: r.centre,
    channel: r.channel,
    pinVerified: r.pin_verified,
    closure: r.closure
      ? { from: instant(r.closure.from, 'closure.from'), to: instant(r.closure.to, 'closure.to') }
      : undefined,
    hasCustomer24x7Contact: r.has_customer_24x7_contact,
    defectConfirmedAt: optional(r.defect_confirmed_at, 'defect_confirmed_at'),
    nextReleaseGa: optional(r.next_release_ga, 'next_release_ga'),
  });
  return presentSlaResult(result);
}

/** `aftercare sla explain --pack … --plan … --severity … --opened … [--json]` or `--batch` (NDJSON). */
export const runSlaExplain: TCliCommand = async (args, io) => {
  const { values } = parseArgs({
    args,
    options: {
      pack: { type: 'string' },
      plan: { type: 'string' },
      severity: { type: 'string' },
      opened: { type: 'string' },
      centre: { type: 'string' },
      channel: { type: 'string' },
      'pin-verified': { type: 'boolean' },
      'closure-from': { type: 'string' },
      'closure-to': { type: 'string' },
      'customer-24x7-contact': { type: 'boolean' },
      'next-release-ga': { type: 'string' },
      json: { type: 'boolean' },
      batch: { type: 'boolean' },
    },
    strict: true,
  });
  if (values.batch) return runBatch(io, explainRequest);
  const request = {
    pack: values.pack,
    plan: values.plan,
    severity: values.severity,
    opened: values.opened,
    centre: values.centre,
    channel: values.channel,
    pin_verified: values['pin-verified'],
    closure:
      values['closure-from'] || values['closure-to']
        ? { from: values['closure-from'], to: values['closure-to'] }
        : undefined,
    has_customer_24x7_contact: values['customer-24x7-contact'],
    next_release_ga: values['next-release-ga'],
  };
  try {
    const json = explainRequest(request);
    if (values.json) writeLine(io.stdout, JSON.stringify(json));
    else writeLine(io.stdout, formatText(json));
    return 0;
  } catch (error) {
    if (values.json) writeLine(io.stdout, JSON.stringify(errorJson(error)));
    writeLine(
      io.stderr,
      `aftercare sla explain: ${errorJson(error).error.code}: ${errorJson(error).error.message}`,
    );
    return 1;
  }
};

function formatText(json: TSlaJson): string {
  return json.milestones
    .map((m) =>
      [
        `${m.name}: ${m.kind}${m.due ? ` due ${m.due}` : ''} — ${m.target}`,
        `  clock: ${m.clock}`,
        ...m.explanation.map((e) => `  - ${e}`),
      ].join('\n'),
    )
    .join('\n');
}
