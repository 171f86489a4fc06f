import type { TDb } from '../../db/schema.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import { resolveSla } from '../../domain/sla/resolve-sla.js';
import type { TSlaInput } from '../../domain/sla/types.js';
import { AppError } from '../../lib/app-error.js';
import { maxRangeDays } from '../../lib/inspect-input.js';
import type { TActor } from '../../policies/actor.js';
import { listCasesOnPack, listMilestonesOfCases } from '../../repositories/tenant-pack-repository.js';
import { assertReadsPackAdmin } from './assert-pack-access.js';
import { findPackVersion } from './find-pack-version.js';

export const PREVIEW_CASE_LIMIT = 500;

export type TPreviewMilestone = {
  name: string;
  currentKind: string;
  currentDue: number | null;
  candidateKind: string | null;
  candidateDue: number | null;
  /** candidateDue − currentDue in ms (negative = earlier), null when either has no due time. */
  shiftMs: number | null;
};

export type TPreviewCase = {
  id: string;
  number: number;
  title: string;
  packVersion: string;
  plan: string;
  severity: string;
  centre: string;
  centreTimezone: string | null;
  openedAt: number;
  milestones: TPreviewMilestone[];
  /** Why the candidate could not compute this case (e.g. a plan it no longer has). */
  error: string | null;
};

export type TPackPreview = {
  packId: string;
  version: string;
  from: string;
  to: string;
  cases: TPreviewCase[];
  truncated: boolean;
  summary: {
    cases: number;
    milestonesCompared: number;
    earlier: number;
    later: number;
    unchanged: number;
    kindChanged: number;
    failed: number;
    maxEarlierMs: number;
    maxLaterMs: number;
  };
};

/**
 * "What due dates would these cases have had under this version": for every case of the tenant on
 * pack `packId` opened in [from, to] (dates, UTC; default the last calendar month before `now`),
 * the stored due time per milestone next to resolveSla(candidate, the case's stored SLA input).
 * Read-only; at most PREVIEW_CASE_LIMIT cases (`truncated`).
 */
export async function previewPackVersion(
  deps: { db: TDb },
  actor: TActor,
  input: { packId: string; version: string; from?: string | undefined; to?: string | undefined },
  now: Date,
): Promise<TPackPreview> {
  assertReadsPackAdmin(actor);
  const candidate = (
    await findPackVersion(deps.db, actor.tenantId, input.packId, input.version, { includeDrafts: true })
  ).policy;
  const { from, to } = previewRange(input, now);
  if (to < from) {
    throw new AppError('request.invalid', 'The period ends before it starts', [
      { field: 'to', message: 'before from' },
    ]);
  }
  if (Date.parse(to) - Date.parse(from) >= maxRangeDays * 86_400_000) {
    throw new AppError('request.invalid', `The period may span at most ${maxRangeDays} days`, [
      { field: 'to', message: 'range too long' },
    ]);
  }
  const rows = await listCasesOnPack(
    deps.db,
    actor.tenantId,
    input.packId,
    { from: new Date(`${from}T00:00:00Z`), to: new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000) },
    PREVIEW_CASE_LIMIT + 1,
  );
  const truncated = rows.length > PREVIEW_CASE_LIMIT;
  const caseRows = rows.slice(0, PREVIEW_CASE_LIMIT);
  const milestones = await listMilestonesOfCases(
    deps.db,
    actor.tenantId,
    caseRows.map((row) => row.id),
  );
  const cases = caseRows.map((row): TPreviewCase => {
    const stored = milestones.filter((milestone) => milestone.case_id === row.id);
    const base = {
      id: row.id,
      number: row.number,
      title: row.title,
      packVersion: row.pack_version,
      plan: row.plan,
      severity: row.severity,
      centre: row.centre,
      centreTimezone: candidate.centres.find((centre) => centre.id === row.centre)?.calendar.timezone ?? null,
      openedAt: row.opened_at.getTime(),
    };
    const computed = computeCandidate(candidate, row.sla_input);
    if (typeof computed === 'string') {
      return {
        ...base,
        error: computed,
        milestones: stored.map((milestone) => ({
          name: milestone.name,
          currentKind: milestone.kind,
          currentDue: milestone.due_at?.getTime() ?? null,
          candidateKind: null,
          candidateDue: null,
          shiftMs: null,
        })),
      };
    }
    const names = [...new Set([...stored.map((m) => m.name), ...computed.map((m) => m.name)])];
    return {
      ...base,
      error: null,
      milestones: names.map((name) => {
        const current = stored.find((m) => m.name === name);
        const next = computed.find((m) => m.name === name);
        const currentDue = current?.due_at?.getTime() ?? null;
        const candidateDue = next?.due ?? null;
        return {
          name,
          currentKind: current?.kind ?? 'none',
          currentDue,
          candidateKind: next?.kind ?? 'none',
          candidateDue,
          shiftMs: currentDue !== null && candidateDue !== null ? candidateDue - currentDue : null,
        };
      }),
    };
  });
  return {
    packId: input.packId,
    version: candidate.version,
    from,
    to,
    cases,
    truncated,
    summary: summarize(cases),
  };
}

function computeCandidate(candidate: TPolicy, slaInput: unknown) {
  try {
    const input = (typeof slaInput === 'string' ? JSON.parse(slaInput) : slaInput) as TSlaInput;
    return resolveSla(candidate, input).milestones;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** [from, to] as dates; default: the calendar month (UTC) before the one `now` is in. */
export function previewRange(input: { from?: string | undefined; to?: string | undefined }, now: Date) {
  const firstOfThisMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1));
  const lastOfPrevious = new Date(firstOfThisMonth.getTime() - 86_400_000);
  const firstOfPrevious = new Date(
    Date.UTC(lastOfPrevious.getUTCFullYear(), lastOfPrevious.getUTCMonth(), 1),
  );
  return {
    from: input.from ?? firstOfPrevious.toISOString().slice(0, 10),
    to: input.to ?? lastOfPrevious.toISOString().slice(0, 10),
  };
}

function summarize(cases: TPreviewCase[]): TPackPreview['summary'] {
  const summary = {
    cases: cases.length,
    milestonesCompared: 0,
    earlier: 0,
    later: 0,
    unchanged: 0,
    kindChanged: 0,
    failed: 0,
    maxEarlierMs: 0,
    maxLaterMs: 0,
  };
  for (const item of cases) {
    if (item.error) summary.failed += 1;
    for (const milestone of item.milestones) {
      if (milestone.candidateKind === null) continue;
      summary.milestonesCompared += 1;
      if (milestone.currentKind !== milestone.candidateKind) summary.kindChanged += 1;
      if (milestone.shiftMs === null) {
        if (
          milestone.currentKind === milestone.candidateKind &&
          milestone.currentDue === milestone.candidateDue
        )
          summary.unchanged += 1;
      } else if (milestone.shiftMs < 0) {
        summary.earlier += 1;
        summary.maxEarlierMs = Math.max(summary.maxEarlierMs, -milestone.shiftMs);
      } else if (milestone.shiftMs > 0) {
        summary.later += 1;
        summary.maxLaterMs = Math.max(summary.maxLaterMs, milestone.shiftMs);
      } else summary.unchanged += 1;
    }
  }
  return summary;
}
