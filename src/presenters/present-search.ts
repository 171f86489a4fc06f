import { z } from 'zod';
import type { TSearchResults } from '../commands/search/search-everything.js';
import { splitHighlight, ZSegments } from './highlight-segments.js';

const ZCaseHit = z.object({
  id: z.uuid(),
  number: z.number().int(),
  title: z.string(),
  status: z.string(),
  severity: z.string(),
  accountId: z.uuid(),
  accountName: z.string(),
  openedAt: z.string(),
  matchedIn: z
    .enum(['number', 'case', 'comment'])
    .describe('What matched: the case number, its text, or a comment'),
  snippet: ZSegments.describe('Title and description around the match, matched words marked'),
});
const ZNamedHit = z.object({
  id: z.uuid(),
  name: z.string(),
  email: z.string().nullable(),
  accountId: z.uuid().nullable(),
});

export const ZSearchView = z.object({
  query: z.string(),
  cases: z.array(ZCaseHit),
  accounts: z.array(ZNamedHit),
  users: z.array(ZNamedHit),
  contacts: z.array(ZNamedHit),
});
export type TSearchView = z.infer<typeof ZSearchView>;

const presentNamed = (hit: TSearchResults['users'][number]) => ({
  id: hit.id,
  name: hit.name,
  email: hit.email,
  accountId: hit.account_id,
});

export function presentSearch(query: string, results: TSearchResults): TSearchView {
  return {
    query,
    cases: results.cases.map((hit) => ({
      id: hit.id,
      number: Number(hit.number),
      title: hit.title,
      status: hit.status,
      severity: hit.severity,
      accountId: hit.account_id,
      accountName: hit.account_name,
      openedAt: new Date(hit.opened_at).toISOString(),
      matchedIn: hit.matched_in,
      snippet: splitHighlight(hit.snippet),
    })),
    accounts: results.accounts.map(presentNamed),
    users: results.users.map(presentNamed),
    contacts: results.contacts.map(presentNamed),
  };
}
