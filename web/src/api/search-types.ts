import type { TSegment } from './center-types.js';

/** GET /api/v1/search */
export type TCaseSearchHit = {
  id: string;
  number: number;
  title: string;
  status: string;
  severity: string;
  accountId: string;
  accountName: string;
  openedAt: string;
  matchedIn: 'number' | 'case' | 'comment';
  snippet: TSegment[];
};
export type TNamedSearchHit = { id: string; name: string; email: string | null; accountId: string | null };
export type TSearchResults = {
  query: string;
  cases: TCaseSearchHit[];
  accounts: TNamedSearchHit[];
  users: TNamedSearchHit[];
  contacts: TNamedSearchHit[];
};
