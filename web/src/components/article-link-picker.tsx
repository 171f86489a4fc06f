import { useState } from 'react';
import type { TKbArticleSummary } from '../api/center-types.js';
import { useApiQuery } from '../api/use-api.js';

/** Agents: find a published article and add its portal link to the reply being written. */
export function ArticleLinkPicker({ onPick }: { onPick: (line: string) => void }) {
  const [q, setQ] = useState('');
  const found = useApiQuery<{ items: TKbArticleSummary[] }>(
    ['kb', 'articles', 'link'],
    '/kb/articles',
    { q: q.trim(), status: 'published', limit: 5 },
    { enabled: q.trim().length >= 3 },
  );
  return (
    <details className="field">
      <summary>Link a knowledge-base article</summary>
      <label htmlFor="article-link-search">Search published articles</label>
      <input
        id="article-link-search"
        type="search"
        value={q}
        onChange={(event) => setQ(event.target.value)}
      />
      <ul>
        {(found.data?.items ?? [])
          .filter((article) => article.audience === 'customer')
          .map((article) => (
            <li key={article.id}>
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  onPick(`${article.title}: ${window.location.origin}/portal/help/${article.id}`)
                }
              >
                Link “{article.title}”
              </button>
            </li>
          ))}
      </ul>
    </details>
  );
}
