import type { TPage } from '../api/case-types.js';
import type { TUser } from '../api/record-types.js';
import { useAccountNames } from '../api/use-account-names.js';
import { useApiQuery } from '../api/use-api.js';
import { useAuth } from '../auth/auth-context.js';
import { InstantTime } from '../components/instant-time.js';
import { QueryState } from '../components/query-state.js';
import { describeRole } from '../layout/app-shell.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { AddUserForm } from './admin/add-user-form.js';
import { UserRowActions } from './admin/user-row-actions.js';

/** Users of the tenant with their roles: add users, change roles, disable and enable them. */
export function AdminUsersPage() {
  usePageTitle('Users & roles');
  const { user: me } = useAuth();
  const users = useApiQuery<TPage<TUser>>(['users'], '/users', { limit: 100 });
  const accountNames = useAccountNames(true);
  return (
    <>
      <h1>Users &amp; roles</h1>
      <AddUserForm accounts={accountNames} />
      <QueryState query={users}>
        {(page) => (
          <div className="scroll-x">
            <table className="table">
              <caption className="table__caption">{page.items.length} users</caption>
              <thead>
                <tr>
                  <th scope="col">Name and email</th>
                  <th scope="col">Role</th>
                  <th scope="col">Account</th>
                  <th scope="col">State</th>
                  <th scope="col">Created</th>
                  <th scope="col">Actions</th>
                </tr>
              </thead>
              <tbody>
                {page.items.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">
                      {user.name}
                      {user.id === me?.id && <span className="badge">You</span>}
                      <div className="muted">{user.email}</div>
                    </th>
                    <td>{describeRole(user.role)}</td>
                    <td>
                      {user.accountId
                        ? (accountNames.get(user.accountId) ?? user.accountId.slice(0, 8))
                        : 'Vendor staff'}
                    </td>
                    <td>{user.disabled ? 'Disabled' : 'Active'}</td>
                    <td>
                      <InstantTime value={user.createdAt} />
                    </td>
                    <td>
                      <UserRowActions user={user} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}
