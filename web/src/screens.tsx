import { type ComponentType, lazy } from 'react';

/** A page loaded on first visit, so each screen (and recharts, on the chart pages) is its own chunk. */
function lazyPage<TModule>(load: () => Promise<TModule>, name: keyof TModule): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/**
 * Screens by nav path. To add a screen: write `pages/<name>-page.tsx`, add one line here with the
 * path of its nav item (nav/nav-areas.ts). The nav item then becomes a link instead of "coming soon",
 * the route is added under the app shell, and role checks come from the area the path belongs to.
 */
export const screens: Readonly<Record<string, ComponentType>> = {
  '/portal/cases': lazyPage(() => import('./pages/portal-cases-page.js'), 'PortalCasesPage'),
  '/portal/contracts': lazyPage(() => import('./pages/portal-contracts-page.js'), 'PortalContractsPage'),
  '/portal/training': lazyPage(() => import('./pages/portal-training-page.js'), 'PortalTrainingPage'),
  '/portal/appliances': lazyPage(() => import('./pages/portal-appliances-page.js'), 'PortalAppliancesPage'),
  '/portal/contacts': lazyPage(() => import('./pages/portal-contacts-page.js'), 'PortalContactsPage'),
  '/portal/downloads': lazyPage(() => import('./pages/portal-downloads-page.js'), 'PortalDownloadsPage'),
  '/portal/help': lazyPage(() => import('./pages/portal-help-page.js'), 'PortalHelpPage'),
  '/portal/support': lazyPage(() => import('./pages/portal-support-page.js'), 'PortalSupportPage'),
  '/agent/knowledge-base': lazyPage(() => import('./pages/agent-kb-page.js'), 'AgentKbPage'),
  '/agent/queue': lazyPage(() => import('./pages/agent-queue-page.js'), 'AgentQueuePage'),
  '/agent/phone-intake': lazyPage(() => import('./pages/agent/phone-intake-page.js'), 'PhoneIntakePage'),
  '/agent/support-manager': lazyPage(() => import('./pages/support-manager-page.js'), 'SupportManagerPage'),
  '/agent/training': lazyPage(() => import('./pages/agent-training-page.js'), 'AgentTrainingPage'),
  '/agent/rmas': lazyPage(() => import('./pages/agent-rmas-page.js'), 'AgentRmasPage'),
  '/agent/reports': lazyPage(() => import('./pages/agent-reports-page.js'), 'AgentReportsPage'),
  '/admin/packs': lazyPage(() => import('./pages/admin-packs-page.js'), 'AdminPacksPage'),
  '/admin/calendars': lazyPage(() => import('./pages/admin-calendars-page.js'), 'AdminCalendarsPage'),
  '/admin/users': lazyPage(() => import('./pages/admin-users-page.js'), 'AdminUsersPage'),
  '/admin/webhooks': lazyPage(() => import('./pages/admin-webhooks-page.js'), 'AdminWebhooksPage'),
  // Every role (linked from the header, not from an area's navigation).
  '/search': lazyPage(() => import('./pages/search-page.js'), 'SearchPage'),
  '/settings/notifications': lazyPage(
    () => import('./pages/notification-settings-page.js'),
    'NotificationSettingsPage',
  ),
};

export function isScreenAvailable(path: string): boolean {
  return Object.hasOwn(screens, path);
}
