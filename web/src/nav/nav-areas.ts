/**
 * The app's navigation in one table. An item is available when a screen is registered for its path
 * (web/src/screens.tsx); until then the nav shows it disabled and marked "coming soon" instead of
 * linking to an empty page.
 */
export type TAreaId = 'portal' | 'agent' | 'admin';
export type TNavItem = {
  id: string;
  label: string;
  path: string;
  description: string;
  /** A permission of the signed-in user (GET /auth/session `user.permissions`) the screen needs. */
  requires?: string;
};
/** Whether a screen exists for a path. */
export type TIsAvailable = (path: string) => boolean;
export type TNavArea = { id: TAreaId; label: string; path: string; items: readonly TNavItem[] };

export const navAreas: readonly TNavArea[] = [
  {
    id: 'portal',
    label: 'Customer portal',
    path: '/portal',
    items: [
      {
        id: 'cases',
        label: 'Cases',
        path: '/portal/cases',
        description: 'Open and follow support cases with their SLA milestones.',
      },
      {
        id: 'contracts',
        label: 'Contracts & plan',
        path: '/portal/contracts',
        description: 'Support plan, term, renewal dates and entitlements.',
      },
      {
        id: 'contacts',
        label: 'Named contacts',
        path: '/portal/contacts',
        description: 'People authorised to open cases and call support.',
      },
      {
        id: 'appliances',
        label: 'Appliances',
        path: '/portal/appliances',
        description: 'Your appliances, warranty ends, support status and returns (RMAs).',
      },
      {
        id: 'help',
        label: 'Knowledge base',
        path: '/portal/help',
        description: 'Articles and documentation for the products you are supported on.',
      },
      {
        id: 'support',
        label: 'Contact support',
        path: '/portal/support',
        description: 'Phone numbers, support centre hours and holidays, your account team.',
      },
      {
        id: 'downloads',
        label: 'Downloads',
        path: '/portal/downloads',
        description: 'Releases your plan entitles you to.',
      },
      {
        id: 'training',
        label: 'Training',
        path: '/portal/training',
        description: 'Academy seats, vouchers and training days.',
      },
    ],
  },
  {
    id: 'agent',
    label: 'Agent console',
    path: '/agent',
    items: [
      {
        id: 'queue',
        label: 'Queue',
        path: '/agent/queue',
        description: 'Cases ordered by the milestone closest to breach.',
      },
      {
        id: 'phone-intake',
        label: 'Phone intake',
        path: '/agent/phone-intake',
        description: 'Log a phone call as a case, with PIN check and severity.',
      },
      {
        id: 'support-manager',
        label: 'Support manager',
        path: '/agent/support-manager',
        description: 'Escalations, critical situations and SLA risk.',
        requires: 'cases:view_escalated',
      },
      {
        id: 'knowledge-base',
        label: 'Knowledge base',
        path: '/agent/knowledge-base',
        description: 'Write, review and publish articles.',
      },
      {
        id: 'rmas',
        label: 'RMAs',
        path: '/agent/rmas',
        description: 'Hardware returns by next deadline; record findings and shipments.',
      },
      {
        id: 'training',
        label: 'TRM & usage',
        path: '/agent/training',
        description: "Each customer's TRM balance and their usage data.",
      },
      {
        id: 'reports',
        label: 'SLA reports',
        path: '/agent/reports',
        description: 'SLA attainment per plan and severity over time, breaches by centre.',
      },
    ],
  },
  {
    id: 'admin',
    label: 'Admin',
    path: '/admin',
    items: [
      {
        id: 'packs',
        label: 'Policy packs',
        path: '/admin/packs',
        description: 'Load, validate and version support policies.',
      },
      {
        id: 'calendars',
        label: 'Calendars',
        path: '/admin/calendars',
        description: 'Support centre hours, holidays and closures.',
      },
      {
        id: 'users',
        label: 'Users & roles',
        path: '/admin/users',
        description: 'Vendor staff and customer users.',
      },
      {
        id: 'webhooks',
        label: 'Webhooks',
        path: '/admin/webhooks',
        description: 'Deliver domain events to other systems.',
      },
    ],
  },
];

/** Which areas a role may use. Unknown roles get none (the shell then says so). */
export function listAreaIdsForRole(role: string): readonly TAreaId[] {
  switch (role) {
    case 'vendor_admin':
      return ['agent', 'admin'];
    case 'support_manager':
    case 'agent':
      return ['agent'];
    case 'customer_admin':
    case 'customer_contact':
      return ['portal'];
    default:
      if (role.startsWith('vendor')) return ['agent'];
      if (role.startsWith('customer')) return ['portal'];
      return [];
  }
}

/**
 * The areas of a role, without the screens whose permission the user lacks: the permissions come
 * from the server's session (one rule, src/policies/permissions.ts), never restated here.
 */
export function listAreasForRole(role: string, permissions: readonly string[] = []): readonly TNavArea[] {
  const allowed = new Set(listAreaIdsForRole(role));
  const granted = new Set(permissions);
  return navAreas
    .filter((area) => allowed.has(area.id))
    .map((area) => ({
      ...area,
      items: area.items.filter((item) => item.requires === undefined || granted.has(item.requires)),
    }));
}

/** The first place to send a user after sign-in: their first available screen, else their first area. */
export function findHomePath(
  role: string,
  isAvailable: TIsAvailable,
  permissions: readonly string[] = [],
): string {
  const areas = listAreasForRole(role, permissions);
  for (const area of areas) {
    const item = area.items.find((candidate) => isAvailable(candidate.path));
    if (item) return item.path;
  }
  return areas[0]?.path ?? '/no-access';
}
