/**
 * C6 / IMP-51 / IMP-59 (pure): a "next release" resolution target is due at the GA date of the first
 * release of the product scheduled after the defect was confirmed; when that release ships without the
 * fix the milestone is breached. The fix plan lists the roadmap (scheduled releases) from that point.
 * Dates are ISO calendar dates ('YYYY-MM-DD'); they compare as strings.
 */
export type TRoadmapRelease = {
  version: string;
  /** Planned GA date (or the actual one once shipped). */
  ga: string;
  /** Shipped (published) releases have this set. */
  shippedOn?: string;
  /** Whether this release contains the fix for the defect in question. */
  containsFix: boolean;
};

export type TNextReleaseMilestone =
  | { state: 'unscheduled'; due: null; version: null; explanation: string }
  | { state: 'pending'; due: string; version: string; explanation: string }
  | { state: 'met'; due: string; version: string; explanation: string }
  | {
      state: 'breached';
      due: string;
      version: string;
      code: 'release.shipped_without_fix';
      explanation: string;
    };

function byGa(a: TRoadmapRelease, b: TRoadmapRelease): number {
  return a.ga < b.ga ? -1 : a.ga > b.ga ? 1 : 0;
}

/** The first release with a GA date strictly after the day the defect was confirmed. */
export function findNextRelease(roadmap: TRoadmapRelease[], confirmedOn: string): TRoadmapRelease | null {
  return [...roadmap].sort(byGa).find((r) => r.ga > confirmedOn) ?? null;
}

/** The milestone state of a next-release target on a roadmap (C6). */
export function assessNextReleaseMilestone(
  roadmap: TRoadmapRelease[],
  confirmedOn: string,
): TNextReleaseMilestone {
  const next = findNextRelease(roadmap, confirmedOn);
  if (!next)
    return {
      state: 'unscheduled',
      due: null,
      version: null,
      explanation: `No release of the product is scheduled after the defect was confirmed on ${confirmedOn}; the target has no due date yet.`,
    };
  if (next.shippedOn === undefined)
    return {
      state: 'pending',
      due: next.ga,
      version: next.version,
      explanation: `Due with release ${next.version}, planned for ${next.ga} (the first release after the defect was confirmed on ${confirmedOn}).`,
    };
  if (next.containsFix)
    return {
      state: 'met',
      due: next.ga,
      version: next.version,
      explanation: `Fixed in release ${next.version}, shipped ${next.shippedOn}.`,
    };
  return {
    state: 'breached',
    due: next.ga,
    version: next.version,
    code: 'release.shipped_without_fix',
    explanation: `Release ${next.version} shipped on ${next.shippedOn} without the fix: the next-release target is breached.`,
  };
}

export type TFixPlanStep = { version: string; ga: string; shipped: boolean; containsFix: boolean };

/** IMP-59: the estimated timeline shown on a defect — the scheduled releases from the one it is due in. */
export function describeFixPlan(
  roadmap: TRoadmapRelease[],
  confirmedOn: string,
): { estimatedFixVersion: string | null; estimatedFixDate: string | null; steps: TFixPlanStep[] } {
  const later = [...roadmap].sort(byGa).filter((r) => r.ga > confirmedOn);
  const fixedIn = later.find((r) => r.containsFix) ?? later[0] ?? null;
  return {
    estimatedFixVersion: fixedIn?.version ?? null,
    estimatedFixDate: fixedIn?.ga ?? null,
    steps: later.map((r) => ({
      version: r.version,
      ga: r.ga,
      shipped: r.shippedOn !== undefined,
      containsFix: r.containsFix,
    })),
  };
}
