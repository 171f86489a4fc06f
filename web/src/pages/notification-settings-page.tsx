import { useState } from 'react';
import { describeError } from '../api/api-error.js';
import { useApiMutation, useApiQuery } from '../api/use-api.js';
import { useAuth } from '../auth/auth-context.js';
import { QueryState } from '../components/query-state.js';
import { listNotificationEvents } from '../lib/notification-events.js';
import { usePageTitle } from '../lib/use-page-title.js';

type TPreferences = { items: { eventType: string; email: boolean }[] };

/** Every user: which emails they get (GET/PUT /notification-preferences); on unless turned off. */
export function NotificationSettingsPage() {
  usePageTitle('Notifications');
  const { user } = useAuth();
  const preferences = useApiQuery<TPreferences>(['notification-preferences'], '/notification-preferences');
  const save = useApiMutation<TPreferences, TPreferences>('PUT', '/notification-preferences', [
    ['notification-preferences'],
  ]);
  const events = listNotificationEvents(user?.role ?? '');
  // Shown at once, saved in the background (the list refetches when the save lands).
  const [chosen, setChosen] = useState<Record<string, boolean>>({});
  return (
    <>
      <h1>Notifications</h1>
      <p className="muted">Emails you get. Webhooks and the in-app views are not affected.</p>
      <QueryState query={preferences}>
        {(data) => {
          const off = new Set(data.items.filter((item) => !item.email).map((item) => item.eventType));
          return (
            <fieldset className="fieldset panel">
              <legend>Email me when…</legend>
              {events.map((event) => (
                <label key={event.type} className="checkbox">
                  <input
                    type="checkbox"
                    checked={chosen[event.type] ?? !off.has(event.type)}
                    onChange={(change) => {
                      const email = change.target.checked;
                      setChosen({ ...chosen, [event.type]: email });
                      save.mutate({ items: [{ eventType: event.type, email }] });
                    }}
                  />
                  {event.label}
                </label>
              ))}
              <p aria-live="polite" className="muted">
                {save.isPending ? 'Saving…' : save.isSuccess ? <span role="status">Saved</span> : null}
              </p>
              {save.isError && (
                <div className="alert alert--error" role="alert">
                  {describeError(save.error)}
                </div>
              )}
            </fieldset>
          );
        }}
      </QueryState>
    </>
  );
}
