import { useEffect, useState } from 'react';
import type { TKbArticleSummary } from '../../api/center-types.js';
import { useApiQuery } from '../../api/use-api.js';
import { HighlightedText } from '../../components/highlighted-text.js';

/** While a customer types a case title, articles that may already answer it (IMP-37 self-service). */
export function ArticleSuggestions({ title }: { title: string }) {
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(title.trim()), 350);
    return () => clearTimeout(timer);
  }, [title]);
  const suggestions = useApiQuery<{ items: TKbArticleSummary[] }>(
    ['kb', 'suggestions'],
    '/kb/suggestions',
    { title: settled },
    { enabled: settled.length >= 3 },
  );
  const items = suggestions.data?.items ?? [];
  if (settled.length < 3 || items.length === 0) return null;
  return (
    <section className="panel kb-suggestions" aria-labelledby="kb-suggestions-heading" aria-live="polite">
      <h2 id="kb-suggestions-heading">These articles may answer your question</h2>
      <ul>
        {items.map((article) => (
          <li key={article.id}>
            <a href={`/portal/help/${article.id}`} target="_blank" rel="noreferrer">
              {article.titleHighlight ? <HighlightedText segments={article.titleHighlight} /> : article.title}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
