import type { TDb } from '../../db/schema.js';
import { isCustomerRole, type TActor } from '../../policies/actor.js';
import { scopeOf } from '../../repositories/record-scope.js';
import {
  searchAccounts,
  searchCases,
  searchPeople,
  type TCaseSearchHit,
  type TNamedHit,
} from '../../repositories/search-repository.js';

export type TSearchResults = {
  cases: TCaseSearchHit[];
  accounts: TNamedHit[];
  users: TNamedHit[];
  contacts: TNamedHit[];
};

/**
 * One search box over the records an actor may see: cases (title, description, comments, number),
 * accounts, users and named contacts. Customer users search their own account's cases (public comments
 * only) and contacts; accounts and users are vendor-side lists.
 */
export async function searchEverything(
  db: TDb,
  actor: TActor,
  input: { text: string; limit: number },
): Promise<TSearchResults> {
  const text = input.text.trim();
  const scope = scopeOf(actor);
  const isCustomer = actor.kind === 'user' && isCustomerRole(actor.role);
  // "#1234" is a case number only; a bare "1234" may also be a word (an error code) in the text.
  const digits = /^#?(\d{1,15})$/.exec(text)?.[1];
  const numberOnly = text.startsWith('#') && digits !== undefined;
  const [cases, accounts, users, contacts] = await Promise.all([
    searchCases(
      db,
      { ...scope, publicCommentsOnly: isCustomer },
      {
        text: numberOnly ? '' : text,
        number: digits === undefined ? null : Number(digits),
        limit: input.limit,
      },
    ),
    isCustomer ? [] : searchAccounts(db, scope.tenantId, text, input.limit),
    isCustomer ? [] : searchPeople(db, 'users', scope, text, input.limit),
    searchPeople(db, 'contacts', scope, text, input.limit),
  ]);
  return { cases, accounts, users, contacts };
}
