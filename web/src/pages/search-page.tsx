import { Link, useSearchParams } from 'react-router-dom';
import type { TNamedSearchHit, TSearchResults } from '../api/search-types.js';
import { useApiQuery } from '../api/use-api.js';
import { useAuth } from '../auth/auth-context.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { InstantTime } from '../components/instant-time.js';
import { QueryState } from '../components/query-state.js';
import { humanise } from '../lib/case-labels.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { listAreaIdsForRole } from '../nav/nav-areas.js';

const matchedLabels: Record<string, string> = {
  number: 'case number',
  case: 'title or description',
  comment: 'a comment',
};

function People({ title, hits }: { title: string; hits: TNamedSearchHit[] }) {
  if (hits.length === 0) return null;
  return (
    <section aria-labelledby={`search-${title}`}>
      <h2 id={`search-${title}`}>{title}</h2>
      <ul className="search-results">
        {hits.map((hit) => (
          <li key={hit.id}>
            <strong>{hit.name}</strong>
            {hit.email && <span className="muted"> · {hit.email}</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /search?q=…: the header search over cases (text, comments, number), accounts, users and contacts. */
export function SearchPage() {
  const [params] = useSearchParams();
  const q = params.get('q')?.trim() ?? '';
  usePageTitle(q ? `Search: ${q}` : 'Search');
  const { user } = useAuth();
  const caseBase = user && listAreaIdsForRole(user.role).includes('agent') ? '/agent/queue' : '/portal/cases';
  const search = useApiQuery<TSearchResults>(['search'], '/search', { q }, { enabled: q.length >= 2 });
  if (q.length < 2) return <p className="muted">Type at least two characters in the search box.</p>;
  return (
    <>
      <h1>Search results for “{q}”</h1>
      <QueryState query={search}>
        {(results) => {
          const total =
            results.cases.length + results.accounts.length + results.users.length + results.contacts.length;
          if (total === 0) return <p>Nothing matches “{q}”. Try fewer or other words.</p>;
          return (
            <>
              {results.cases.length > 0 && (
                <section aria-labelledby="search-cases">
                  <h2 id="search-cases">Cases</h2>
                  <ul className="search-results">
                    {results.cases.map((hit) => (
                      <li key={hit.id}>
                        <Link to={`${caseBase}/${hit.id}`}>
                          #{hit.number} {hit.title}
                        </Link>{' '}
                        <span className="muted">
                          {humanise(hit.status)} · {hit.severity} · {hit.accountName} · opened{' '}
                          <InstantTime value={hit.openedAt} /> · matched in {matchedLabels[hit.matchedIn]}
                        </span>
                        <p className="search-results__snippet">
                          <HighlightedText segments={hit.snippet} />
                        </p>
                      </li>
                    ))}
                  </ul>
                </section>
              )}
              <People title="Accounts" hits={results.accounts} />
              <People title="Users" hits={results.users} />
              <People title="Named contacts" hits={results.contacts} />
            </>
          );
        }}
      </QueryState>
    </>
  );
}
