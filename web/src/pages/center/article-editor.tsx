import { useState } from 'react';
import type { TKbArticle } from '../../api/center-types.js';
import type { TPackSummary } from '../../api/pack-types.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';

type TArticleFields = {
  title: string;
  body: string;
  packId: string;
  version: string | null;
  audience: 'customer' | 'internal';
};

/** Writes a new article (draft) or edits a draft / an article in review. */
export function ArticleEditor({
  article,
  onSaved,
}: {
  article?: TKbArticle;
  onSaved: (article: TKbArticle) => void;
}) {
  const packs = useApiQuery<TPackSummary[] | { items: TPackSummary[] }>(['packs', 'list'], '/packs');
  const packList = packs.data ? (Array.isArray(packs.data) ? packs.data : packs.data.items) : [];
  const [title, setTitle] = useState(article?.title ?? '');
  const [body, setBody] = useState(article?.body ?? '');
  const [packId, setPackId] = useState(article?.packId ?? '');
  const [version, setVersion] = useState(article?.version ?? '');
  const [audience, setAudience] = useState<'customer' | 'internal'>(article?.audience ?? 'customer');
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation<TArticleFields, TKbArticle>(
    article ? 'PATCH' : 'POST',
    article ? `/kb/articles/${article.id}` : '/kb/articles',
    [['kb']],
  );
  const chosenPack = packId || packList[0]?.id || '';
  return (
    <form
      className="form panel"
      aria-label={article ? 'Edit article' : 'New article'}
      onSubmit={async (event) => {
        event.preventDefault();
        setError(null);
        await save
          .mutateAsync({
            title: title.trim(),
            body,
            packId: chosenPack,
            version: version.trim() || null,
            audience,
          })
          .then(onSaved, (failure: Error) => setError(failure.message));
      }}
    >
      <h2>{article ? 'Edit article' : 'New article'}</h2>
      <label htmlFor="kb-title">Title</label>
      <input
        id="kb-title"
        value={title}
        onChange={(event) => setTitle(event.target.value)}
        required
        minLength={3}
      />
      <label htmlFor="kb-pack">Product policy</label>
      <select id="kb-pack" value={chosenPack} onChange={(event) => setPackId(event.target.value)}>
        {packList.map((pack) => (
          <option key={pack.id} value={pack.id}>
            {pack.name}
          </option>
        ))}
      </select>
      <label htmlFor="kb-version">Product version (optional)</label>
      <input id="kb-version" value={version} onChange={(event) => setVersion(event.target.value)} />
      <label htmlFor="kb-audience">Audience</label>
      <select
        id="kb-audience"
        value={audience}
        onChange={(event) => setAudience(event.target.value as 'customer' | 'internal')}
      >
        <option value="customer">Customers with support in force</option>
        <option value="internal">Internal (agents only)</option>
      </select>
      <label htmlFor="kb-body">Body (Markdown)</label>
      <textarea
        id="kb-body"
        rows={12}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        required
      />
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button type="submit" disabled={save.isPending}>
        {save.isPending ? 'Saving…' : 'Save draft'}
      </button>
    </form>
  );
}
