import { sql } from 'kysely';
import type { TDb } from '../db/schema.js';

/** Article views by customers (deflection: did they open a case after reading?). Tenant-scoped. */
export async function insertArticleView(
  db: TDb,
  row: {
    tenant_id: string;
    id: string;
    article_id: string;
    user_id: string;
    account_id: string | null;
    viewed_at: Date;
  },
): Promise<void> {
  await db.insertInto('kb_article_views').values(row).execute();
}

export type TDeflectionRow = { views: number; viewers: number; followed_by_case: number };

/**
 * Views in [from, to) and how many of them were followed, within `windowHours`, by a case opened by
 * the same user — the rest count as deflected (the reader did not need to open a case).
 */
export async function countDeflection(
  db: TDb,
  tenantId: string,
  range: { from: Date; to: Date },
  windowHours: number,
): Promise<TDeflectionRow> {
  const row = await db
    .selectFrom('kb_article_views as v')
    .where('v.tenant_id', '=', tenantId)
    .where('v.viewed_at', '>=', range.from)
    .where('v.viewed_at', '<', range.to)
    .select([
      sql<number>`count(*)::int`.as('views'),
      sql<number>`count(distinct v.user_id)::int`.as('viewers'),
      sql<number>`count(*) filter (where exists (
        select 1 from cases c
        where c.tenant_id = v.tenant_id
          and c.opened_by = 'user:' || v.user_id::text
          and c.opened_at >= v.viewed_at
          and c.opened_at < v.viewed_at + make_interval(hours => ${windowHours})
      ))::int`.as('followed_by_case'),
    ])
    .executeTakeFirstOrThrow();
  return row;
}

/** The articles a case's opener read in the `windowHours` before opening it (newest first). */
export async function listArticlesViewedBeforeCase(
  db: TDb,
  tenantId: string,
  caseRow: { opened_by: string; opened_at: Date },
  windowHours: number,
): Promise<{ article_id: string; title: string; viewed_at: Date }[]> {
  return db
    .selectFrom('kb_article_views as v')
    .innerJoin('kb_articles as a', (join) =>
      join.onRef('a.tenant_id', '=', 'v.tenant_id').onRef('a.id', '=', 'v.article_id'),
    )
    .where('v.tenant_id', '=', tenantId)
    .where(sql<boolean>`'user:' || v.user_id::text = ${caseRow.opened_by}`)
    .where('v.viewed_at', '<=', caseRow.opened_at)
    .where('v.viewed_at', '>', new Date(caseRow.opened_at.getTime() - windowHours * 3_600_000))
    .select(['v.article_id', 'a.title', 'v.viewed_at'])
    .orderBy('v.viewed_at', 'desc')
    .limit(50)
    .execute();
}
