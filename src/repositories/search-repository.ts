import { sql } from 'kysely';
import type { TDb } from '../db/schema.js';
import { highlightStart, highlightStop } from '../domain/center/search-highlight.js';
import type { TRecordScope } from './record-repository.js';

export type TCaseSearchHit = {
  id: string;
  number: string;
  title: string;
  status: string;
  severity: string;
  account_id: string;
  account_name: string;
  opened_at: Date;
  matched_in: 'number' | 'case' | 'comment';
  snippet: string;
};

export type TNamedHit = { id: string; name: string; email: string | null; account_id: string | null };

/**
 * Cases whose title or description, or a comment the actor may read, matches the query (PostgreSQL
 * full-text search, `websearch_to_tsquery('english', …)`: words, "quoted phrases", -exclusions), or whose
 * number is the query: the number first, then text matches, then comment matches, newest first.
 *
 * Each part is its own `… order by <time> desc limit n` over one table, so the planner picks per query:
 * for a rare word the GIN index of `case_search` (migration 20261204160000-full-text-search), for a word
 * in most cases the newest-first index that stops after n matches (the vectors are stored, so each
 * check is cheap). Comments use the expression index on `to_tsvector('english', body)`. Only the n
 * rows returned are highlighted.
 */
export async function searchCases(
  db: TDb,
  scope: TRecordScope & { publicCommentsOnly: boolean },
  query: { text: string; number: number | null; limit: number },
): Promise<TCaseSearchHit[]> {
  const q = sql`websearch_to_tsquery('english', ${query.text})`;
  const tenant = scope.tenantId;
  // No words (a "#1234" search): a constant false, so the planner skips the text parts entirely.
  const hasText = sql.lit(query.text.trim() !== '');
  const ofAccount = (alias: string) =>
    scope.accountId === null ? sql`` : sql`and ${sql.ref(`${alias}.account_id`)} = ${scope.accountId}`;
  const result = await sql<TCaseSearchHit>`
    with text_hits as (
      select s.case_id as id, 1 as rank from case_search s
      where ${hasText} and s.tenant_id = ${tenant} ${ofAccount('s')} and s.document @@ ${q}
      order by s.opened_at desc limit ${query.limit}
    ), comment_hits as (
      select distinct cc.case_id as id, 2 as rank from (
        select case_id from case_comments
        where ${hasText} and tenant_id = ${tenant} and to_tsvector('english', body) @@ ${q}
          ${scope.publicCommentsOnly ? sql`and visibility = 'public'` : sql``}
        order by created_at desc limit ${query.limit * 5}
      ) cc
    ), number_hit as (
      select c.id, 0 as rank from cases c
      where c.tenant_id = ${tenant} and c.number = ${query.number ?? -1} ${ofAccount('c')}
    ), best as (
      select id, min(rank) as rank from (
        select * from text_hits union all select * from comment_hits union all select * from number_hit
      ) hits group by id
    )
    select c.id, c.number::text as number, c.title, c.status, c.severity, c.account_id, a.name as account_name,
      c.opened_at,
      case b.rank when 0 then 'number' when 1 then 'case' else 'comment' end as matched_in,
      ts_headline('english', c.title || ' — ' || c.description, ${q},
        ${`MaxWords=24, MinWords=8, MaxFragments=1, StartSel=${highlightStart}, StopSel=${highlightStop}`}) as snippet
    from best b
    join cases c on c.tenant_id = ${tenant} and c.id = b.id ${ofAccount('c')}
    join accounts a on a.tenant_id = c.tenant_id and a.id = c.account_id
    order by b.rank, c.opened_at desc, c.id
    limit ${query.limit}`.execute(db);
  return result.rows;
}

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Accounts of the tenant whose name contains the text (case-insensitive). */
export async function searchAccounts(
  db: TDb,
  tenantId: string,
  text: string,
  limit: number,
): Promise<TNamedHit[]> {
  return db
    .selectFrom('accounts')
    .select(['id', 'name', sql<null>`null`.as('email'), 'id as account_id'])
    .where('tenant_id', '=', tenantId)
    .where('name', 'ilike', likePattern(text))
    .orderBy('name')
    .limit(limit)
    .execute();
}

/**
 * Users or named contacts whose name or e-mail contains the text (case-insensitive); confined to one
 * account when the scope has one (users: the customer users of that account).
 */
export async function searchPeople(
  db: TDb,
  table: 'users' | 'contacts',
  scope: TRecordScope,
  text: string,
  limit: number,
): Promise<TNamedHit[]> {
  const pattern = likePattern(text);
  return db
    .selectFrom(table)
    .select(['id', 'name', 'email', 'account_id'])
    .where('tenant_id', '=', scope.tenantId)
    .$if(scope.accountId !== null, (qb) => qb.where('account_id', '=', scope.accountId as string))
    .where((eb) => eb.or([eb('name', 'ilike', pattern), eb('email', 'ilike', pattern)]))
    .orderBy('name')
    .limit(limit)
    .execute();
}
