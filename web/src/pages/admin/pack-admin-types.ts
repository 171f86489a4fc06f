/** Views of the pack admin API (/packs/:id/versions, /packs/validate, /packs/:id/diff, /packs/:id/preview). */
export type TPackVersion = {
  id: string | null;
  packId: string;
  version: string;
  name: string;
  effectiveFrom: string;
  announcedOn: string | null;
  source: 'built_in' | 'tenant';
  status: 'built_in' | 'draft' | 'published';
  uploadedBy: string | null;
  uploadedAt: string | null;
  publishedAt: string | null;
  allowedActions: Array<'publish' | 'preview' | 'diff'>;
};

export type TPackVersionSource = TPackVersion & { yaml: string };

export type TPackValidationError = { line: number; column: number; path: string; message: string };

export type TPackValidation = {
  valid: boolean;
  errors: TPackValidationError[];
  summary: { id: string; name: string; version: string; effectiveFrom: string; plans: string[] } | null;
};

export type TPackDiff = {
  packId: string;
  from: string;
  to: string;
  entries: Array<{ path: string; section: string; before: unknown; after: unknown; label: string }>;
};

export type TPreviewMilestone = {
  name: string;
  currentKind: string;
  currentDue: string | null;
  candidateKind: string | null;
  candidateDue: string | null;
  shiftMs: number | null;
};

export type TPackPreview = {
  packId: string;
  version: string;
  from: string;
  to: string;
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
  cases: Array<{
    id: string;
    number: number;
    title: string;
    packVersion: string;
    plan: string;
    severity: string;
    centre: string;
    centreTimezone: string | null;
    openedAt: string;
    error: string | null;
    milestones: TPreviewMilestone[];
  }>;
};

export const statusLabels: Record<TPackVersion['status'], string> = {
  built_in: 'Built in',
  draft: 'Draft',
  published: 'Published',
};

/** Validation errors from a 400 `pack.invalid` answer (`details` with line/column/field). */
export function errorsFromDetails(details: unknown): TPackValidationError[] {
  if (!Array.isArray(details)) return [];
  return details.map((detail: { line?: number; column?: number; field?: string; message?: string }) => ({
    line: detail.line ?? 1,
    column: detail.column ?? 1,
    path: detail.field ?? '(root)',
    message: detail.message ?? 'invalid',
  }));
}
