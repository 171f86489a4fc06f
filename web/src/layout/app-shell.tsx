import { useState } from 'react';
import { Link, Outlet, useNavigate } from 'react-router-dom';
import { useAuth } from '../auth/auth-context.js';
import { listAreasForRole } from '../nav/nav-areas.js';
import { isScreenAvailable } from '../screens.js';
import { HeaderSearch } from './header-search.js';
import { SideNav } from './side-nav.js';

export const roleLabels: Record<string, string> = {
  vendor_admin: 'Vendor admin',
  support_manager: 'Support manager',
  agent: 'Support agent',
  customer_admin: 'Customer admin',
  customer_contact: 'Customer',
};

export function describeRole(role: string): string {
  return roleLabels[role] ?? role.replaceAll('_', ' ');
}

/** Header, role-filtered navigation and the page. Used for every signed-in route. */
export function AppShell() {
  const auth = useAuth();
  const navigate = useNavigate();
  const [menuOpen, setMenuOpen] = useState(false);
  const user = auth.user;
  if (!user) return null;
  const areas = listAreasForRole(user.role, user.permissions);

  async function handleSignOut() {
    await auth.signOut();
    navigate('/sign-in', { replace: true });
  }

  return (
    <div className={`shell${menuOpen ? ' shell--menu-open' : ''}`}>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <button
          type="button"
          className="button button--ghost shell__menu-button"
          aria-expanded={menuOpen}
          aria-controls="shell-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          Menu
        </button>
        <p className="brand">
          <span className="brand__mark" aria-hidden="true">
            A
          </span>
          Aftercare
        </p>
        <HeaderSearch />
        <div className="shell__user">
          <span className="shell__user-name">{user.name ?? user.email}</span>
          <span className="shell__user-role">{describeRole(user.role)}</span>
          <Link className="shell__link" to="/settings/notifications">
            Notifications
          </Link>
          <button type="button" className="button button--ghost" onClick={handleSignOut}>
            Sign out
          </button>
        </div>
      </header>
      <div className="shell__body">
        <div id="shell-nav" className="shell__nav">
          <SideNav areas={areas} isAvailable={isScreenAvailable} onNavigate={() => setMenuOpen(false)} />
        </div>
        <main id="main" className="shell__main" tabIndex={-1}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
