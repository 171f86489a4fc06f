import type { TMilestoneKind, TSlaMilestone } from './sla-types.js';

/** Views of the case API (src/routes/case-routes.ts). Fields the UI does not need are left out. */
export type TCaseStatus = 'new' | 'in_progress' | 'waiting_on_customer' | 'resolved' | 'closed';
export type TCaseChannel = 'portal' | 'phone' | 'email';

export type TCaseMilestone = {
  name: string;
  kind: TMilestoneKind;
  due: string | null;
  target?: string;
  clock?: string;
  explanation?: string[];
  metAt?: string | null;
  breachedAt?: string | null;
};

export type TCase = {
  id: string;
  number: number;
  title: string;
  description?: string;
  details?: Record<string, string> | null;
  accountId: string;
  contractId?: string;
  packId: string;
  packVersion?: string;
  plan: string;
  severity: string;
  channel: TCaseChannel;
  centre: string;
  status: TCaseStatus;
  /** An open case with a not-eligible milestone (portal S1): sorts first, needs a phone call. */
  needsPhoneCall?: boolean;
  tier: number;
  /** The version the customer runs and its support status at intake (H3), when given. */
  productVersion?: string | null;
  versionSupport?: {
    status: 'supported' | 'unsupported' | 'unknown';
    supportedUntil: string | null;
    reason: string;
    code: string | null;
  } | null;
  assigneeId?: string | null;
  openedAt: string;
  nextDueAt?: string | null;
  resolvedAt?: string | null;
  milestones?: TCaseMilestone[];
  /** GET /cases/:id: after hours, when the clock starts and whom to phone for an emergency (server text). */
  clockNotice?: string | null;
  allowedActions?: string[];
};

export type TPage<T> = { items: T[]; nextCursor: string | null };

export type TCaseComment = {
  id: string;
  author: string;
  authorId?: string | null;
  visibility: 'public' | 'internal';
  body: string;
  /** The body rendered from markdown by the server (raw HTML escaped). */
  html?: string;
  createdAt: string;
};

/** Filters of GET /cases (all optional). */
export type TCaseFilters = {
  status?: string;
  severity?: string;
  centre?: string;
  tier?: string;
  plan?: string;
  assignee?: string;
  account?: string;
};

/** POST /sla/preview → the milestones a case would get, in the shape of GET /cases/:id/sla. */
export type TSlaPreview = { milestones: TSlaMilestone[] };

/** GET /assignees: an active vendor user a case may be assigned to. */
export type TAssignee = { id: string; name: string };

/** POST /cases/bulk: each case's own result. */
export type TBulkCaseResult = {
  items: { caseId: string; ok: boolean; case?: TCase; error?: { code: string; message: string } }[];
};

/** GET /cases/:id/timeline. */
export type TTimelineEntry = {
  id: string;
  at: string;
  kind: string;
  who: string;
  text: string;
  visibility: 'public' | 'internal';
};
