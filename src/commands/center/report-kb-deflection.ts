import type { TDb } from '../../db/schema.js';
import { AppError } from '../../lib/app-error.js';
import { isVendorRole, type TActor } from '../../policies/actor.js';
import { findCase } from '../../repositories/case-repository.js';
import { countDeflection, listArticlesViewedBeforeCase } from '../../repositories/kb-view-repository.js';
import { scopeOf } from '../../repositories/record-scope.js';

/** A read counts as followed by a case when its reader opens one within this many hours. */
export const deflectionWindowHours = 24;

function assertVendor(actor: TActor): void {
  if (actor.kind === 'user' && !isVendorRole(actor.role)) {
    throw new AppError('report.forbidden', 'Reports are for vendor users');
  }
}

/** Knowledge-base deflection in [from, to): customer reads, and how many were not followed by a case. */
export async function reportKbDeflection(deps: { db: TDb }, actor: TActor, range: { from: Date; to: Date }) {
  assertVendor(actor);
  const counts = await countDeflection(deps.db, actor.tenantId, range, deflectionWindowHours);
  const deflected = counts.views - counts.followed_by_case;
  return {
    views: counts.views,
    viewers: counts.viewers,
    followedByCase: counts.followed_by_case,
    deflected,
    deflectionRate: counts.views === 0 ? null : deflected / counts.views,
    windowHours: deflectionWindowHours,
  };
}

/** The articles a case's opener read in the day before opening it (what did not help). */
export async function listCaseArticleViews(deps: { db: TDb }, actor: TActor, caseId: string) {
  assertVendor(actor);
  const row = await findCase(deps.db, scopeOf(actor), caseId);
  if (!row) throw new AppError('case.not_found', 'No such case');
  return listArticlesViewedBeforeCase(deps.db, actor.tenantId, row, deflectionWindowHours);
}
