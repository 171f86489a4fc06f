import { type FormEvent, useState } from 'react';
import { describeError } from '../api/api-error.js';
import type { TCaseComment, TPage } from '../api/case-types.js';
import { useApiMutation, useApiQuery } from '../api/use-api.js';
import { useCommentAuthors } from '../api/use-comment-authors.js';
import { ArticleLinkPicker } from './article-link-picker.js';
import { InstantTime } from './instant-time.js';
import { QueryState } from './query-state.js';

type TCommentsProps = {
  caseId: string;
  accountId: string;
  /** Agents may add internal notes; customers only public comments. */
  allowInternal?: boolean;
  canComment?: boolean;
};

/** The conversation on a case and a form to add to it. */
export function CaseComments({
  caseId,
  accountId,
  allowInternal = false,
  canComment = true,
}: TCommentsProps) {
  const describeAuthor = useCommentAuthors(accountId);
  const comments = useApiQuery<TPage<TCaseComment> | TCaseComment[]>(
    ['cases', caseId, 'comments'],
    `/cases/${caseId}/comments`,
  );
  return (
    <section className="panel" aria-labelledby="comments-heading">
      <h2 id="comments-heading">Conversation</h2>
      <QueryState query={comments}>
        {(data) => {
          const items = Array.isArray(data) ? data : data.items;
          if (items.length === 0) return <p className="muted">No comments yet.</p>;
          return (
            <ol className="comments">
              {items.map((comment) => (
                <li key={comment.id} className={`comment comment--${comment.visibility}`}>
                  <p className="comment__meta">
                    <strong>{describeAuthor(comment)}</strong> · <InstantTime value={comment.createdAt} />
                    {comment.visibility === 'internal' && <span className="badge">Internal note</span>}
                  </p>
                  {comment.html === undefined ? (
                    <p className="comment__body">{comment.body}</p>
                  ) : (
                    <>
                      {/* Rendered on the server by markdown-it with raw HTML disabled (render-markdown.ts). */}
                      <div
                        className="comment__body kb-body"
                        // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitised server-side rendering
                        dangerouslySetInnerHTML={{ __html: comment.html }}
                      />
                    </>
                  )}
                </li>
              ))}
            </ol>
          );
        }}
      </QueryState>
      {canComment && <CommentForm caseId={caseId} allowInternal={allowInternal} />}
    </section>
  );
}

function CommentForm({ caseId, allowInternal }: { caseId: string; allowInternal: boolean }) {
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<'public' | 'internal'>('public');
  const add = useApiMutation<{ body: string; visibility: string }, TCaseComment>(
    'POST',
    `/cases/${caseId}/comments`,
    [['cases']],
  );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await add.mutateAsync({ body: body.trim(), visibility }).then(
      () => setBody(''),
      () => undefined,
    );
  }

  const label = allowInternal
    ? visibility === 'internal'
      ? 'Internal note'
      : 'Public reply'
    : 'Add a comment';
  return (
    <form className="form comment-form" onSubmit={submit}>
      {allowInternal && (
        <fieldset className="segmented">
          <legend>Reply type</legend>
          {(['public', 'internal'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name="visibility"
                value={value}
                checked={visibility === value}
                onChange={() => setVisibility(value)}
              />
              {value === 'public' ? 'Public reply (customer sees it)' : 'Internal note (staff only)'}
            </label>
          ))}
        </fieldset>
      )}
      <div className="field">
        <label htmlFor="comment-body">{label}</label>
        <textarea
          id="comment-body"
          required
          rows={4}
          value={body}
          onChange={(event) => setBody(event.target.value)}
        />
      </div>
      {allowInternal && (
        <ArticleLinkPicker
          onPick={(line) => setBody((current) => (current.trim() ? `${current.trimEnd()}\n\n${line}` : line))}
        />
      )}
      {add.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(add.error)}
        </div>
      )}
      <button type="submit" className="button button--primary" disabled={add.isPending || body.trim() === ''}>
        {add.isPending ? 'Sending…' : allowInternal && visibility === 'internal' ? 'Add note' : 'Send reply'}
      </button>
    </form>
  );
}
