import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import type { TUser } from '../../api/record-types.js';
import { useApiMutation } from '../../api/use-api.js';
import { roleLabels } from '../../layout/app-shell.js';

type TUserCreate = {
  email: string;
  name: string;
  role: string;
  accountId: string | null;
  password: string | null;
};

const isCustomerRole = (role: string) => role.startsWith('customer_');

/** POST /users: a vendor admin adds staff or a customer user (customer roles need an account). */
export function AddUserForm({ accounts }: { accounts: ReadonlyMap<string, string> }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState('agent');
  const [accountId, setAccountId] = useState('');
  const [password, setPassword] = useState('');
  const create = useApiMutation<TUserCreate, TUser>('POST', '/users', [['users']]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const body = {
      name: name.trim(),
      email: email.trim(),
      role,
      accountId: isCustomerRole(role) ? accountId || null : null,
      password: password === '' ? null : password,
    };
    await create.mutateAsync(body).then(
      () => {
        setName('');
        setEmail('');
        setPassword('');
      },
      () => undefined,
    );
  }

  return (
    <section className="panel" aria-labelledby="add-user-heading">
      <h2 id="add-user-heading">Add a user</h2>
      <form className="actions" onSubmit={submit}>
        <div className="field">
          <label htmlFor="user-name">Name</label>
          <input id="user-name" required value={name} onChange={(event) => setName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="user-email">Email</label>
          <input
            id="user-email"
            type="email"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor="user-role">Role</label>
          <select id="user-role" value={role} onChange={(event) => setRole(event.target.value)}>
            {Object.entries(roleLabels).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
        </div>
        {isCustomerRole(role) && (
          <div className="field">
            <label htmlFor="user-account">Account</label>
            <select
              id="user-account"
              required
              value={accountId}
              onChange={(event) => setAccountId(event.target.value)}
            >
              <option value="">Choose…</option>
              {[...accounts].map(([id, accountName]) => (
                <option key={id} value={id}>
                  {accountName}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="user-password">Initial password (12+ characters, optional)</label>
          <input
            id="user-password"
            type="password"
            autoComplete="new-password"
            minLength={12}
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        </div>
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          Add user
        </button>
      </form>
      {create.isSuccess && <p role="status">Added {create.data.email}.</p>}
      {create.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(create.error)}
        </div>
      )}
    </section>
  );
}
