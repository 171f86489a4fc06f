/** Views of the pack API (GET /packs, /packs/:id, /packs/:id/calendars/:centre). */
export type TPackSummary = {
  id: string;
  name: string;
  vendor?: string;
  version: string;
  effectiveFrom?: string;
};

export type TPackSource = { clause?: string; section?: string };

export type TPackPlan = {
  id: string;
  name: string;
  status?: 'sold' | 'legacy';
  channels?: string[];
  namedContacts?: number | null;
  pinRequired?: boolean;
};

export type TPackSeverity = {
  id: string;
  name: string;
  impact?: string;
  definition?: string;
  emergency?: boolean;
};

export type TPackCentre = { id: string; name: string; timezone: string; location?: string; serves?: string };

export type TPackTarget = { clock: string; text: string };

export type TPackMatrixRow = {
  plan: string;
  severity: string;
  firstResponse: TPackTarget;
  resolution: TPackTarget;
};

export type TPackRule = { id: string; text: string; source?: TPackSource };

/** A support tier; one with categories needs one (and its evidence) to escalate to it (IMP-58). */
export type TPackTier = {
  id: string;
  name: string;
  categories: { id: string; name: string; needsOneOf: string[]; notSufficient: string[] }[];
  evidence: { id: string; name: string }[];
};

export type TPackDetail = TPackSummary & {
  plans: TPackPlan[];
  severities: TPackSeverity[];
  centres: TPackCentre[];
  matrix: TPackMatrixRow[];
  intake?: TPackRule[];
  /** Support tiers in order, Tier 1 first (empty when the pack defines none). */
  escalationTiers?: TPackTier[];
  /** Account region (americas, emea, apac) → the centre that serves it (T2). */
  regionCentres?: Record<string, string>;
  /** Details a new case must carry (e.g. example, context, configuration, reproduction steps). */
  intakeFields?: { id: string; label: string; required?: boolean }[];
};

export type TCalendarDay = {
  date: string;
  weekday?: string;
  open: [string, string][];
  holiday?: string | null;
  closure?: string | null;
  note?: string | null;
};

export type TCalendarMonth = {
  pack?: string;
  centre: string;
  timezone: string;
  month: string;
  days: TCalendarDay[];
};
