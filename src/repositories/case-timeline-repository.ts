import type { TAuditLogRow, TDb } from '../db/schema.js';
import type { TCaseCommentRow, TCaseMilestoneRow } from '../db/schema-records.js';
import { listAuditForEntity } from './audit-repository.js';
import { listCaseMilestones } from './case-milestone-repository.js';

export type TTimelineUser = { id: string; name: string; role: string };

export type TCaseTimelineSources = {
  audit: TAuditLogRow[];
  comments: TCaseCommentRow[];
  milestones: TCaseMilestoneRow[];
  /** Users named by the audit records and comments (for "who"). */
  users: TTimelineUser[];
};

/** What a case's timeline is made of: its audit records, comments, milestones and the users behind them. */
export async function loadCaseTimelineSources(
  db: TDb,
  tenantId: string,
  caseId: string,
  publicOnly: boolean,
): Promise<TCaseTimelineSources> {
  const [audit, comments, milestones] = await Promise.all([
    listAuditForEntity(db, tenantId, 'case', caseId),
    db
      .selectFrom('case_comments')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .where('case_id', '=', caseId)
      .$if(publicOnly, (q) => q.where('visibility', '=', 'public'))
      .orderBy('id')
      .limit(2000)
      .execute(),
    listCaseMilestones(db, tenantId, caseId),
  ]);
  const ids = new Set<string>();
  for (const row of audit) if (row.actor.startsWith('user:')) ids.add(row.actor.slice('user:'.length));
  for (const comment of comments) if (comment.author_id) ids.add(comment.author_id);
  const users =
    ids.size === 0
      ? []
      : await db
          .selectFrom('users')
          .select(['id', 'name', 'role'])
          .where('tenant_id', '=', tenantId)
          .where('id', 'in', [...ids])
          .execute();
  return { audit, comments, milestones, users };
}
