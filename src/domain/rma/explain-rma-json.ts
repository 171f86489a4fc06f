import { z } from 'zod';
import { AppError } from '../../lib/app-error.js';
import { formatInstant, parseInstant } from '../calendar/index.js';
import type { TPolicy } from '../packs/schema.js';
import { resolveRma } from './resolve-rma.js';
import type { TRmaResult } from './types.js';

const ZEventKind = z.enum([
  'defect_concluded',
  'unit_received',
  'replacement_shipped',
  'replacement_delivered',
  'unit_returned',
  'onsite_requested',
  'excluded_cause',
]);
const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'dates are YYYY-MM-DD');

/** One `rma explain` request (stable interface, docs/rma.md); also the body of POST /api/rma/explain. */
export const ZRmaExplainRequest = z.object({
  pack: z.string().min(1),
  plan: z.string().min(1),
  centre: z.string().min(1),
  appliance: z.object({
    product: z.string().min(1),
    model: z.string().min(1).optional(),
    kind: z.enum(['physical', 'virtual', 'third_party']),
    ship_date: ZDate,
    software_version: z.string().min(1).optional(),
    warranty_end: ZDate.optional(),
  }),
  current_versions: z.array(z.string().min(1)).optional(),
  events: z
    .array(
      z.object({
        kind: ZEventKind,
        at: z.string().min(1),
        destination: z.string().min(2).optional(),
        component: z.boolean().optional(),
        cause: z.string().optional(),
      }),
    )
    .default([]),
  price: z
    .object({ amount_minor: z.number().int().nonnegative(), currency: z.string().length(3) })
    .optional(),
  as_of: z.string().optional(),
});
export type TRmaExplainRequest = z.infer<typeof ZRmaExplainRequest>;

export const ZRmaExplainResult = z.object({
  type: z
    .enum(['return_and_repair', 'advance_replacement', 'priced_replacement', 'model_upgrade'])
    .nullable(),
  refused: z.object({ code: z.string(), message: z.string() }).optional(),
  deadlines: z.array(
    z.object({
      name: z.enum(['ship_by', 'return_due']),
      due: z.string(),
      explanation: z.array(z.string()),
    }),
  ),
  shipping: z.enum(['standard', 'overnight', 'expedited']).optional(),
  charge: z.object({ amount_minor: z.number().int(), currency: z.string() }).optional(),
  warranty_end: z.string(),
  flags: z.array(z.string()),
});
export type TRmaExplainResult = z.infer<typeof ZRmaExplainResult>;

/** Parse, resolve and present one request; throws AppError `rma.invalid_input` / `rma.unknown_*`. */
export function explainRmaRequest(raw: unknown, resolvePolicy: (id: string) => TPolicy): TRmaExplainResult {
  const parsed = ZRmaExplainRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'rma.invalid_input',
      `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const r = parsed.data;
  const policy = resolvePolicy(r.pack);
  const zone = policy.centres.find((c) => c.id === r.centre)?.calendar.timezone ?? 'UTC';
  const instant = (text: string, field: string) => {
    try {
      return parseInstant(text, zone, field);
    } catch (error) {
      throw new AppError('rma.invalid_input', error instanceof Error ? error.message : String(error));
    }
  };
  const result = resolveRma(policy, {
    plan: r.plan,
    centre: r.centre,
    appliance: {
      product: r.appliance.product,
      model: r.appliance.model,
      kind: r.appliance.kind,
      shipDate: r.appliance.ship_date,
      softwareVersion: r.appliance.software_version,
      warrantyEnd: r.appliance.warranty_end,
    },
    currentVersions: r.current_versions,
    events: r.events.map((e, i) => ({
      kind: e.kind,
      at: instant(e.at, `events.${i}.at`),
      destination: e.destination,
      component: e.component,
      cause: e.cause,
    })),
    price: r.price ? { amountMinor: r.price.amount_minor, currency: r.price.currency } : undefined,
    asOf: r.as_of === undefined ? undefined : instant(r.as_of, 'as_of'),
  });
  return presentRmaResult(result);
}

export function presentRmaResult(result: TRmaResult): TRmaExplainResult {
  return {
    type: result.type,
    ...(result.refused
      ? {
          refused: {
            code: result.refused.code,
            message: `${result.refused.message} (${result.refused.clause})`,
          },
        }
      : {}),
    deadlines: result.deadlines.map((d) => ({
      name: d.name,
      due: formatInstant(d.due),
      explanation: d.explanation,
    })),
    ...(result.shipping ? { shipping: result.shipping } : {}),
    ...(result.charge
      ? { charge: { amount_minor: result.charge.amountMinor, currency: result.charge.currency } }
      : {}),
    warranty_end: result.warrantyEnd,
    flags: result.flags,
  };
}
