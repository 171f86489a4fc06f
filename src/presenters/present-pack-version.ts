import { z } from 'zod';
import type { TPackVersionEntry } from '../commands/packs/find-pack-version.js';
import type { TPackPreview } from '../commands/packs/preview-pack-version.js';
import type { TPackDiffEntry } from '../domain/packs/diff-packs.js';
import type { TActor } from '../policies/actor.js';

export const packVersionActions = ['publish', 'preview', 'diff'] as const;
export type TPackVersionAction = (typeof packVersionActions)[number];

export const ZPackVersionView = z
  .object({
    id: z.string().nullable().describe('Tenant version id; null for a built-in pack'),
    packId: z.string(),
    version: z.string(),
    name: z.string(),
    effectiveFrom: z.string(),
    announcedOn: z.string().nullable(),
    source: z.enum(['built_in', 'tenant']),
    status: z.enum(['built_in', 'draft', 'published']),
    uploadedBy: z.string().nullable(),
    uploadedAt: z.string().nullable(),
    publishedAt: z.string().nullable(),
    allowedActions: z.array(z.enum(packVersionActions)),
  })
  .meta({ id: 'PackVersion' });
export type TPackVersionView = z.infer<typeof ZPackVersionView>;

export function presentPackVersion(entry: TPackVersionEntry, actor: TActor): TPackVersionView {
  const { policy, row } = entry;
  const isAdmin = actor.kind === 'system' || actor.role === 'vendor_admin';
  const status = row ? row.status : 'built_in';
  return {
    id: row?.id ?? null,
    packId: policy.id,
    version: policy.version,
    name: policy.name,
    effectiveFrom: policy.effective_from,
    announcedOn: policy.announced_on ?? null,
    source: entry.source,
    status,
    uploadedBy: row?.uploaded_by ?? null,
    uploadedAt: row?.uploaded_at.toISOString() ?? null,
    publishedAt: row?.published_at?.toISOString() ?? null,
    allowedActions: [...(status === 'draft' && isAdmin ? (['publish'] as const) : []), 'preview', 'diff'],
  };
}

export const ZPackValidationView = z
  .object({
    valid: z.boolean(),
    errors: z.array(
      z.object({ line: z.number(), column: z.number(), path: z.string(), message: z.string() }),
    ),
    summary: z
      .object({
        id: z.string(),
        name: z.string(),
        version: z.string(),
        effectiveFrom: z.string(),
        plans: z.array(z.string()),
        severities: z.array(z.string()),
        centres: z.array(z.string()),
      })
      .nullable(),
  })
  .meta({ id: 'PackValidation' });

export const ZPackDiffView = z
  .object({
    packId: z.string(),
    from: z.string(),
    to: z.string(),
    entries: z.array(
      z.object({
        path: z.string(),
        section: z.string(),
        before: z.unknown(),
        after: z.unknown(),
        label: z.string(),
      }),
    ),
  })
  .meta({ id: 'PackDiff' });

export function presentPackDiff(packId: string, from: string, to: string, entries: TPackDiffEntry[]) {
  return { packId, from, to, entries };
}

const ZInstant = z.string().nullable();
export const ZPackPreviewView = z
  .object({
    packId: z.string(),
    version: z.string(),
    from: z.string(),
    to: z.string(),
    truncated: z.boolean(),
    summary: z.object({
      cases: z.number(),
      milestonesCompared: z.number(),
      earlier: z.number(),
      later: z.number(),
      unchanged: z.number(),
      kindChanged: z.number(),
      failed: z.number(),
      maxEarlierMs: z.number(),
      maxLaterMs: z.number(),
    }),
    cases: z.array(
      z.object({
        id: z.string(),
        number: z.number(),
        title: z.string(),
        packVersion: z.string(),
        plan: z.string(),
        severity: z.string(),
        centre: z.string(),
        centreTimezone: z.string().nullable(),
        openedAt: z.string(),
        error: z.string().nullable(),
        milestones: z.array(
          z.object({
            name: z.string(),
            currentKind: z.string(),
            currentDue: ZInstant,
            candidateKind: z.string().nullable(),
            candidateDue: ZInstant,
            shiftMs: z.number().nullable(),
          }),
        ),
      }),
    ),
  })
  .meta({ id: 'PackPreview' });
export type TPackPreviewView = z.infer<typeof ZPackPreviewView>;

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

export function presentPackPreview(preview: TPackPreview): TPackPreviewView {
  return {
    ...preview,
    cases: preview.cases.map((item) => ({
      ...item,
      openedAt: new Date(item.openedAt).toISOString(),
      milestones: item.milestones.map((milestone) => ({
        ...milestone,
        currentDue: iso(milestone.currentDue),
        candidateDue: iso(milestone.candidateDue),
      })),
    })),
  };
}
