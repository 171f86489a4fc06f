import { useState } from 'react';
import type { TKbArticle, TKbArticleSummary } from '../api/center-types.js';
import { useApiMutation, useApiQuery } from '../api/use-api.js';
import { QueryState } from '../components/query-state.js';
import { humanise } from '../lib/case-labels.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { ArticleEditor } from './center/article-editor.js';

const moveLabels: Record<string, string> = {
  submit_for_review: 'Submit for review',
  publish: 'Publish',
  return_to_draft: 'Return to draft',
  withdraw: 'Withdraw to draft',
};

/** /agent/knowledge-base: write, review and publish articles; the moves offered are the API's. */
export function AgentKbPage() {
  usePageTitle('Knowledge base');
  const [status, setStatus] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const list = useApiQuery<{ items: TKbArticleSummary[] }>(['kb', 'articles', 'agent'], '/kb/articles', {
    status: status || undefined,
  });
  return (
    <>
      <h1>Knowledge base</h1>
      <div className="inline-form">
        <label htmlFor="kb-status">Status</label>
        <select id="kb-status" value={status} onChange={(event) => setStatus(event.target.value)}>
          <option value="">All</option>
          <option value="draft">Draft</option>
          <option value="review">In review</option>
          <option value="published">Published</option>
        </select>
        <button
          type="button"
          onClick={() => {
            setCreating(true);
            setSelected(null);
          }}
        >
          New article
        </button>
      </div>
      {creating && (
        <ArticleEditor
          onSaved={(article) => {
            setCreating(false);
            setSelected(article.id);
          }}
        />
      )}
      {selected && <ArticleDetail id={selected} />}
      <QueryState query={list}>
        {(page) => (
          <table className="table">
            <caption>Articles</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Status</th>
                <th scope="col">Audience</th>
                <th scope="col">Policy</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((article) => (
                <tr key={article.id}>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => {
                        setSelected(article.id);
                        setCreating(false);
                      }}
                    >
                      {article.title}
                    </button>
                  </td>
                  <td>{humanise(article.status)}</td>
                  <td>{article.audience === 'internal' ? 'Internal' : 'Customers'}</td>
                  <td>{article.packId}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </QueryState>
    </>
  );
}

function ArticleDetail({ id }: { id: string }) {
  const article = useApiQuery<TKbArticle>(['kb', 'article', id], `/kb/articles/${id}`);
  const move = useApiMutation<{ move: string }, TKbArticle>('POST', `/kb/articles/${id}/moves`, [['kb']]);
  const [editing, setEditing] = useState(false);
  return (
    <QueryState query={article}>
      {(data) =>
        editing ? (
          <ArticleEditor article={data} onSaved={() => setEditing(false)} />
        ) : (
          <article className="panel" aria-labelledby="kb-detail-title">
            <h2 id="kb-detail-title">{data.title}</h2>
            <p className="muted">
              {humanise(data.status)} ·{' '}
              {data.audience === 'internal' ? 'Internal (agents only)' : 'Customers'}
              {data.version ? ` · version ${data.version}` : ''}
            </p>
            <div className="inline-form">
              {data.allowedActions.includes('edit') && (
                <button type="button" onClick={() => setEditing(true)}>
                  Edit
                </button>
              )}
              {data.allowedActions
                .filter((action) => action in moveLabels)
                .map((action) => (
                  <button key={action} type="button" onClick={() => move.mutate({ move: action })}>
                    {moveLabels[action]}
                  </button>
                ))}
            </div>
            {/* biome-ignore lint/security/noDangerouslySetInnerHtml: rendered server-side with raw HTML disabled */}
            <div className="kb-body" dangerouslySetInnerHTML={{ __html: data.html }} />
          </article>
        )
      }
    </QueryState>
  );
}
