import { useState } from 'react';
import { describeError } from '../../api/api-error.js';
import type { TUser } from '../../api/record-types.js';
import { useApiMutation } from '../../api/use-api.js';
import { roleLabels } from '../../layout/app-shell.js';

type TUserChange = { role?: string; disabled?: boolean };

function describeChange(user: TUser, change: TUserChange): string {
  if (change.role !== undefined) {
    return `Change ${user.name}’s role from ${roleLabels[user.role] ?? user.role} to ${roleLabels[change.role] ?? change.role}?`;
  }
  return change.disabled
    ? `Disable ${user.name}? They are signed out and can no longer sign in.`
    : `Enable ${user.name}? They can sign in again.`;
}

/**
 * Role change and disable/enable of one user, as the API allows them (PATCH /users/:id). Nothing is
 * saved on selection: the admin confirms the change first.
 */
export function UserRowActions({ user }: { user: TUser }) {
  const allowed = user.allowedActions ?? [];
  const [pending, setPending] = useState<TUserChange>();
  const update = useApiMutation<TUserChange, TUser>('PATCH', `/users/${user.id}`, [['users']]);
  const sameSide = Object.keys(roleLabels).filter(
    (role) => role.startsWith('customer_') === user.role.startsWith('customer_'),
  );
  function confirm() {
    if (!pending) return;
    update.mutate(pending, { onSettled: () => setPending(undefined) });
  }
  return (
    <div className="actions">
      {allowed.includes('change_role') && (
        <select
          aria-label={`Role of ${user.name}`}
          value={pending?.role ?? user.role}
          disabled={update.isPending}
          onChange={(event) =>
            setPending(event.target.value === user.role ? undefined : { role: event.target.value })
          }
        >
          {sameSide.map((role) => (
            <option key={role} value={role}>
              {roleLabels[role]}
            </option>
          ))}
        </select>
      )}
      {allowed.includes(user.disabled ? 'enable' : 'disable') && (
        <button
          type="button"
          className="button"
          disabled={update.isPending || pending !== undefined}
          aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.name}`}
          onClick={() => setPending({ disabled: !user.disabled })}
        >
          {user.disabled ? 'Enable' : 'Disable'}
        </button>
      )}
      {pending && (
        <div className="alert" role="alertdialog" aria-label={`Confirm change to ${user.name}`}>
          <span>{describeChange(user, pending)}</span>{' '}
          <button type="button" className="button" disabled={update.isPending} onClick={confirm}>
            Confirm
          </button>{' '}
          <button
            type="button"
            className="button button--ghost"
            disabled={update.isPending}
            onClick={() => setPending(undefined)}
          >
            Cancel
          </button>
        </div>
      )}
      {update.isError && (
        <span className="alert alert--error" role="alert">
          {describeError(update.error)}
        </span>
      )}
    </div>
  );
}
