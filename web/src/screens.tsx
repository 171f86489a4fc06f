import type { ComponentType } from 'react';
import { AdminCalendarsPage } from './pages/admin-calendars-page.js';
import { AdminPacksPage } from './pages/admin-packs-page.js';
import { AdminUsersPage } from './pages/admin-users-page.js';
import { AdminWebhooksPage } from './pages/admin-webhooks-page.js';
import { PhoneIntakePage } from './pages/agent/phone-intake-page.js';
import { AgentQueuePage } from './pages/agent-queue-page.js';
import { AgentReportsPage } from './pages/agent-reports-page.js';
import { PortalCasesPage } from './pages/portal-cases-page.js';
import { PortalContactsPage } from './pages/portal-contacts-page.js';
import { PortalContractsPage } from './pages/portal-contracts-page.js';
import { SupportManagerPage } from './pages/support-manager-page.js';

/**
 * Screens by nav path. To add a screen: write `pages/<name>-page.tsx`, add one line here with the
 * path of its nav item (nav/nav-areas.ts). The nav item then becomes a link instead of "coming soon",
 * the route is added under the app shell, and role checks come from the area the path belongs to.
 */
export const screens: Readonly<Record<string, ComponentType>> = {
  '/portal/cases': PortalCasesPage,
  '/portal/contracts': PortalContractsPage,
  '/portal/contacts': PortalContactsPage,
  '/agent/queue': AgentQueuePage,
  '/agent/phone-intake': PhoneIntakePage,
  '/agent/support-manager': SupportManagerPage,
  '/agent/reports': AgentReportsPage,
  '/admin/packs': AdminPacksPage,
  '/admin/calendars': AdminCalendarsPage,
  '/admin/users': AdminUsersPage,
  '/admin/webhooks': AdminWebhooksPage,
};

export function isScreenAvailable(path: string): boolean {
  return Object.hasOwn(screens, path);
}
