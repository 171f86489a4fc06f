import { useState } from 'react';
import { Link } from 'react-router-dom';
import { deleteView, loadSavedViews, saveView, type TSavedView } from '../../lib/saved-views.js';

/** The user's saved queue views (filters and sort) as links, and a form to save the current one. */
export function QueueSavedViews({ userId, search }: { userId: string; search: string }) {
  const [views, setViews] = useState<TSavedView[]>(() => loadSavedViews(localStorage, userId));
  const [name, setName] = useState('');
  return (
    <section className="saved-views" aria-label="Saved views">
      <span className="saved-views__label">Views:</span>
      <Link to="/agent/queue">All open</Link>
      <Link to="/agent/queue?assignee=me">My cases</Link>
      {views.map((view) => (
        <span key={view.name} className="saved-views__item">
          <Link to={`/agent/queue${view.search ? `?${view.search}` : ''}`}>{view.name}</Link>
          <button
            type="button"
            className="button button--ghost button--small"
            aria-label={`Delete view ${view.name}`}
            onClick={() => setViews(deleteView(localStorage, userId, view.name))}
          >
            ×
          </button>
        </span>
      ))}
      <form
        className="saved-views__form"
        onSubmit={(event) => {
          event.preventDefault();
          const trimmed = name.trim();
          if (!trimmed) return;
          setViews(saveView(localStorage, userId, { name: trimmed, search }));
          setName('');
        }}
      >
        <label htmlFor="view-name" className="visually-hidden">
          Name of this view
        </label>
        <input
          id="view-name"
          placeholder="Name this view"
          value={name}
          maxLength={60}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button button--small" disabled={name.trim() === ''}>
          Save view
        </button>
      </form>
    </section>
  );
}
