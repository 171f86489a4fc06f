import { describeError } from '../../api/api-error.js';
import type { TUser } from '../../api/record-types.js';
import { useApiMutation } from '../../api/use-api.js';
import { roleLabels } from '../../layout/app-shell.js';

/** Role change and disable/enable of one user, as the API allows them (PATCH /users/:id). */
export function UserRowActions({ user }: { user: TUser }) {
  const allowed = user.allowedActions ?? [];
  const update = useApiMutation<{ role?: string; disabled?: boolean }, TUser>('PATCH', `/users/${user.id}`, [
    ['users'],
  ]);
  const sameSide = Object.keys(roleLabels).filter(
    (role) => role.startsWith('customer_') === user.role.startsWith('customer_'),
  );
  return (
    <div className="actions">
      {allowed.includes('change_role') && (
        <select
          aria-label={`Role of ${user.name}`}
          value={user.role}
          disabled={update.isPending}
          onChange={(event) => update.mutate({ role: event.target.value })}
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
          disabled={update.isPending}
          aria-label={`${user.disabled ? 'Enable' : 'Disable'} ${user.name}`}
          onClick={() => update.mutate({ disabled: !user.disabled })}
        >
          {user.disabled ? 'Enable' : 'Disable'}
        </button>
      )}
      {update.isError && (
        <span className="alert alert--error" role="alert">
          {describeError(update.error)}
        </span>
      )}
    </div>
  );
}
