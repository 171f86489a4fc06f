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
 * number is the query. The `to_tsvector` expressions are the ones the GIN indexes of migration
 * 20261204160000-full-text-search are built on. Open cases first, then newest.
 */
export async function searchCases(
  db: TDb,
  scope: TRecordScope & { publicCommentsOnly: boolean },
  query: { text: string; number: number | null; limit: number },
): Promise<TCaseSearchHit[]> {
  const q = sql`websearch_to_tsquery('english', ${query.text})`;
  const account = scope.accountId;
  const result = await sql<TCaseSearchHit>`
    with hits as (
      select id, 'case' as matched_in from cases
        where tenant_id = ${scope.tenantId} and to_tsvector('english', title || ' ' || description) @@ ${q}
      union all
      select case_id, 'comment' from case_comments
        where tenant_id = ${scope.tenantId} and to_tsvector('english', body) @@ ${q}
          ${scope.publicCommentsOnly ? sql`and visibility = 'public'` : sql``}
      ${query.number === null ? sql`` : sql`union all select id, 'number' from cases where tenant_id = ${scope.tenantId} and number = ${query.number}`}
    ), best as (
      select id, min(case matched_in when 'number' then 0 when 'case' then 1 else 2 end) as rank from hits group by id
    )
    select c.id, c.number::text as number, c.title, c.status, c.severity, c.account_id, a.name as account_name,
      c.opened_at,
      case b.rank when 0 then 'number' when 1 then 'case' else 'comment' end as matched_in,
      ts_headline('english', c.title || ' — ' || c.description, ${q},
        ${`MaxWords=24, MinWords=8, MaxFragments=1, StartSel=${highlightStart}, StopSel=${highlightStop}`}) as snippet
    from best b
    join cases c on c.tenant_id = ${scope.tenantId} and c.id = b.id
    join accounts a on a.tenant_id = c.tenant_id and a.id = c.account_id
    ${account === null ? sql`` : sql`where c.account_id = ${account}`}
    order by b.rank, (c.status in ('resolved', 'closed')), c.opened_at desc, c.id
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

/** Users of the tenant whose name or e-mail contains the text. */
export async function searchUsers(
  db: TDb,
  tenantId: string,
  text: string,
  limit: number,
): Promise<TNamedHit[]> {
  return db
    .selectFrom('users')
    .select(['id', 'name', 'email', 'account_id'])
    .where('tenant_id', '=', tenantId)
    .where((eb) => eb.or([eb('name', 'ilike', likePattern(text)), eb('email', 'ilike', likePattern(text))]))
    .orderBy('name')
    .limit(limit)
    .execute();
}

/** Named contacts whose name or e-mail contains the text (of one account when scoped). */
export async function searchContacts(
  db: TDb,
  scope: TRecordScope,
  text: string,
  limit: number,
): Promise<TNamedHit[]> {
  return db
    .selectFrom('contacts')
    .select(['id', 'name', 'email', 'account_id'])
    .where('tenant_id', '=', scope.tenantId)
    .$if(scope.accountId !== null, (qb) => qb.where('account_id', '=', scope.accountId as string))
    .where((eb) => eb.or([eb('name', 'ilike', likePattern(text)), eb('email', 'ilike', likePattern(text))]))
    .orderBy('name')
    .limit(limit)
    .execute();
}
