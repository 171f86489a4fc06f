import { useState } from 'react';
import { Link, Route, Routes, useParams } from 'react-router-dom';
import type { TKbArticle, TKbArticleSummary } from '../api/center-types.js';
import { useApiQuery } from '../api/use-api.js';
import { HighlightedText } from '../components/highlighted-text.js';
import { QueryState } from '../components/query-state.js';
import { usePageTitle } from '../lib/use-page-title.js';

/** /portal/help: the knowledge base and documentation — search, and one article at /portal/help/:id. */
export function PortalHelpPage() {
  return (
    <Routes>
      <Route index element={<ArticleSearch />} />
      <Route path=":id" element={<ArticlePage />} />
    </Routes>
  );
}

function ArticleSearch() {
  usePageTitle('Knowledge base');
  const [draft, setDraft] = useState('');
  const [q, setQ] = useState('');
  const articles = useApiQuery<{ items: TKbArticleSummary[] }>(['kb', 'articles'], '/kb/articles', {
    q: q || undefined,
  });
  return (
    <>
      <h1>Knowledge base</h1>
      <form
        className="form panel"
        aria-label="Search the knowledge base"
        onSubmit={(event) => {
          event.preventDefault();
          setQ(draft.trim());
        }}
      >
        <label htmlFor="kb-search">Search articles and documentation</label>
        <div className="inline-form">
          <input
            id="kb-search"
            type="search"
            value={draft}
            onChange={(event) => setDraft(event.target.value)}
            placeholder="e.g. badge reader not detected"
          />
          <button type="submit">Search</button>
        </div>
      </form>
      <QueryState query={articles}>
        {(page) =>
          page.items.length === 0 ? (
            <p>{q ? `No articles match "${q}".` : 'No articles yet.'}</p>
          ) : (
            <ul className="article-list" aria-label={q ? 'Search results' : 'Articles'}>
              {page.items.map((article) => (
                <li key={article.id} className="panel">
                  <h2>
                    <Link to={`/portal/help/${article.id}`}>
                      {article.titleHighlight ? (
                        <HighlightedText segments={article.titleHighlight} />
                      ) : (
                        article.title
                      )}
                    </Link>
                  </h2>
                  <p className="muted">
                    <HighlightedText segments={article.excerpt} />
                  </p>
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
}

function ArticlePage() {
  const { id = '' } = useParams();
  const article = useApiQuery<TKbArticle>(['kb', 'article', id], `/kb/articles/${id}`);
  usePageTitle(article.data?.title ?? 'Article');
  return (
    <>
      <p>
        <Link to="/portal/help">← Knowledge base</Link>
      </p>
      <QueryState query={article}>
        {(data) => (
          <article className="panel kb-article" aria-labelledby="kb-article-title">
            <h1 id="kb-article-title">{data.title}</h1>
            {data.version && <p className="muted">Version {data.version}</p>}
            {/* Rendered on the server by markdown-it with raw HTML disabled (see render-markdown.ts). */}
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side rendering */}
            <div className="kb-body" dangerouslySetInnerHTML={{ __html: data.html }} />
          </article>
        )}
      </QueryState>
    </>
  );
}
