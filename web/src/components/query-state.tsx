import type { ReactNode } from 'react';
import { describeError } from '../api/api-error.js';

type TQueryLike<T> = { isPending: boolean; isError: boolean; error: unknown; data: T | undefined };

/** Loading and error states for a query, so every screen shows them the same way. */
export function QueryState<T>({
  query,
  children,
}: {
  query: TQueryLike<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isError) {
    return (
      <div className="alert alert--error" role="alert">
        {describeError(query.error)}
      </div>
    );
  }
  if (query.isPending || query.data === undefined) {
    return (
      <p className="muted" role="status">
        Loading…
      </p>
    );
  }
  return <>{children(query.data)}</>;
}
