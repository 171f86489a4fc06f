import { z } from 'zod';
import { ContractInputError, explainContract } from '../../domain/contracts/explain-contract.js';
import { resolvePack } from '../../domain/packs/registry.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { AppError } from '../../lib/app-error.js';

const ZDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD');
const ZEventKind = z.enum([
  'non_renewal_notice',
  'change_notice',
  'objection',
  'breach_notice',
  'payment',
  'renewal_order',
  'invoice_overdue',
  'service_withheld',
  'reinstatement_request',
]);

/** One request of `contract explain` (docs/contracts.md; the stable interface of issue 12). */
export const ZContractExplainRequest = z.object({
  pack: z.string().min(1),
  plan: z.string().min(1),
  ship_date: ZDate.optional(),
  term_start: ZDate.optional(),
  as_of: ZDate,
  annual_price: z
    .object({ amount_minor: z.number().int().nonnegative(), currency: z.string().regex(/^[A-Z]{3}$/) })
    .optional(),
  events: z
    .array(
      z.object({
        kind: ZEventKind,
        received: ZDate.optional(),
        at: ZDate.optional(),
        version: z.string().optional(),
        reason: z.string().optional(),
      }),
    )
    .default([]),
  licences: z
    .object({
      owned: z.number().int().nonnegative(),
      in_use: z.number().int().nonnegative(),
      quoted: z.number().int().nonnegative(),
    })
    .optional(),
});

/**
 * The result JSON of one request (snake_case, amounts in minor units): the CLI (`aftercare contract
 * explain`) and `POST /api/v1/contracts/explain` both answer with it. `resolve` finds the pack (the
 * CLI also accepts a pack file; the API only pack ids).
 */
export function explainContractRequest(
  raw: unknown,
  resolve: (pack: string) => TPolicy = resolvePack,
): unknown {
  const parsed = ZContractExplainRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AppError(
      'contract.invalid_input',
      `${issue?.path.join('.') || 'request'}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const r = parsed.data;
  let policy: ReturnType<typeof resolvePack>;
  try {
    policy = resolve(r.pack);
  } catch {
    throw new AppError('pack.unknown', `No pack "${r.pack}"`);
  }
  const events = r.events.map((event, index) => {
    const on = event.received ?? event.at;
    if (!on) throw new AppError('contract.invalid_input', `events.${index}: received or at is required`);
    return {
      kind: event.kind,
      on,
      ...(event.version ? { version: event.version } : {}),
      ...(event.reason ? { reason: event.reason } : {}),
    };
  });
  try {
    const result = explainContract(policy, {
      plan: r.plan,
      ...(r.ship_date ? { shipDate: r.ship_date } : {}),
      ...(r.term_start ? { termStart: r.term_start } : {}),
      asOf: r.as_of,
      ...(r.annual_price
        ? { annualPrice: { amountMinor: r.annual_price.amount_minor, currency: r.annual_price.currency } }
        : {}),
      events,
      ...(r.licences
        ? { licences: { owned: r.licences.owned, inUse: r.licences.in_use, quoted: r.licences.quoted } }
        : {}),
    });
    return {
      terms: result.terms.map((t) => ({
        start: t.start,
        end: t.end,
        ...(t.packVersion ? { pack_version: t.packVersion } : {}),
      })),
      status: result.status,
      non_renewal_deadline: result.nonRenewalDeadline,
      events: result.events.map((e) => ({
        kind: e.kind,
        outcome: e.outcome,
        ...(e.deadline ? { deadline: e.deadline } : {}),
        ...(e.code ? { code: e.code } : {}),
      })),
      ...(result.quote
        ? {
            quote: {
              lines: result.quote.lines.map((l) => ({
                code: l.code,
                ...(l.from ? { from: l.from } : {}),
                ...(l.to ? { to: l.to } : {}),
                amount_minor: l.amountMinor,
                currency: l.currency,
              })),
              total_minor: result.quote.totalMinor,
              currency: result.quote.currency,
            },
          }
        : {}),
      ...(result.errors.length > 0 ? { errors: result.errors } : {}),
      explanation: result.explanation,
    };
  } catch (error) {
    if (error instanceof ContractInputError) throw new AppError('contract.invalid_input', error.message);
    throw error;
  }
}
