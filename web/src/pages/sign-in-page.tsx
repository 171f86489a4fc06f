import { type FormEvent, useEffect, useRef, useState } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { describeError } from '../api/api-error.js';
import { useAuth } from '../auth/auth-context.js';
import { LoadingScreen } from '../components/loading-screen.js';
import { pickSafeNextPath } from '../lib/safe-next-path.js';
import { findHomePath } from '../nav/nav-areas.js';
import { isScreenAvailable } from '../screens.js';

const tenantStorageKey = 'aftercare.lastTenant';

function readLastTenant(): string {
  try {
    return localStorage.getItem(tenantStorageKey) ?? '';
  } catch {
    return '';
  }
}

export function SignInPage() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [tenant, setTenant] = useState(readLastTenant);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [pending, setPending] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    document.title = 'Sign in · Aftercare';
  }, []);
  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (auth.status === 'loading') return <LoadingScreen />;
  if (auth.status === 'signed_in' && auth.user && !pending) {
    return (
      <Navigate
        to={
          pickSafeNextPath(params.get('next')) ??
          findHomePath(auth.user.role, isScreenAvailable, auth.user.permissions)
        }
        replace
      />
    );
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(undefined);
    try {
      const user = await auth.signIn({ tenant: tenant.trim(), email: email.trim(), password });
      try {
        localStorage.setItem(tenantStorageKey, tenant.trim());
      } catch {
        // Storage may be unavailable (private mode); remembering the tenant is only a convenience.
      }
      navigate(
        pickSafeNextPath(params.get('next')) ?? findHomePath(user.role, isScreenAvailable, user.permissions),
        {
          replace: true,
        },
      );
    } catch (caught) {
      setError(describeError(caught));
      setPassword('');
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="sign-in">
      <main className="sign-in__card" aria-labelledby="sign-in-title">
        <p className="brand brand--large">
          <span className="brand__mark" aria-hidden="true">
            A
          </span>
          Aftercare
        </p>
        <h1 id="sign-in-title">Sign in</h1>
        <p className="muted">Support and maintenance, as your policy promises it.</p>
        {error && (
          <div className="alert alert--error" role="alert" tabIndex={-1} ref={errorRef}>
            {error}
          </div>
        )}
        <form onSubmit={submit} noValidate={false} className="form">
          <div className="field">
            <label htmlFor="sign-in-tenant">Organisation</label>
            <input
              id="sign-in-tenant"
              name="tenant"
              autoComplete="organization"
              required
              value={tenant}
              onChange={(event) => setTenant(event.target.value)}
              aria-describedby="sign-in-tenant-hint"
            />
            <p id="sign-in-tenant-hint" className="field__hint">
              The organisation name that came with your Aftercare account.
            </p>
          </div>
          <div className="field">
            <label htmlFor="sign-in-email">Email</label>
            <input
              id="sign-in-email"
              name="email"
              type="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="sign-in-password">Password</label>
            <input
              id="sign-in-password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </div>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </main>
    </div>
  );
}
