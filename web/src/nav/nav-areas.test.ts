import { describe, expect, it } from 'vitest';
import { findHomePath, listAreaIdsForRole, listAreasForRole, navAreas } from './nav-areas.js';

const nothingBuilt = () => false;

describe('navigation by role', () => {
  it.each([
    ['vendor_admin', ['agent', 'admin']],
    ['support_manager', ['agent']],
    ['agent', ['agent']],
    ['customer_admin', ['portal']],
    ['customer_contact', ['portal']],
    ['auditor', []],
  ])('%s may use %j', (role, areas) => {
    expect(listAreaIdsForRole(role)).toEqual(areas);
    expect(listAreasForRole(role).map((area) => area.id)).toEqual(areas);
  });

  it('lists the planned screens of each area', () => {
    const labels = Object.fromEntries(
      navAreas.map((area) => [area.id, area.items.map((item) => item.label)]),
    );
    expect(labels).toEqual({
      portal: [
        'Cases',
        'Contracts & plan',
        'Named contacts',
        'Appliances',
        'Knowledge base',
        'Contact support',
        'Downloads',
        'Training',
      ],
      agent: [
        'Queue',
        'Phone intake',
        'Support manager',
        'Knowledge base',
        'RMAs',
        'TRM & usage',
        'SLA reports',
      ],
      admin: ['Policy packs', 'Calendars', 'Users & roles', 'Webhooks'],
    });
    // A screen needing a permission the session lacks (agents: the escalated-cases view) is not offered.
    expect(listAreasForRole('support_manager', ['cases:view_escalated'])[0]?.items).toHaveLength(7);
    expect(listAreasForRole('agent', ['reports:view'])[0]?.items.map((item) => item.label)).toEqual([
      'Queue',
      'Phone intake',
      'Knowledge base',
      'RMAs',
      'TRM & usage',
      'SLA reports',
    ]);
  });

  it('sends a user home to their first built screen, else to their first area', () => {
    expect(findHomePath('agent', nothingBuilt)).toBe('/agent');
    expect(findHomePath('customer_contact', nothingBuilt)).toBe('/portal');
    expect(findHomePath('customer_contact', (path) => path === '/portal/contracts')).toBe(
      '/portal/contracts',
    );
    expect(findHomePath('vendor_admin', (path) => path === '/admin/packs')).toBe('/admin/packs');
    expect(findHomePath('auditor', () => true)).toBe('/no-access');
  });
});
