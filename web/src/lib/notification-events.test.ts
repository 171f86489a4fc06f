import { describe, expect, it } from 'vitest';
import { listNotificationEvents } from './notification-events.js';

describe('listNotificationEvents', () => {
  it('offers customers the customer-facing emails and staff the internal ones, replies to both', () => {
    const customer = listNotificationEvents('customer_contact').map((event) => event.type);
    const agent = listNotificationEvents('agent').map((event) => event.type);
    expect(customer).toContain('case.opened');
    expect(customer).not.toContain('sla.breached');
    expect(agent).toContain('sla.breached');
    expect(agent).not.toContain('case.opened');
    expect(customer.filter((type) => agent.includes(type))).toEqual([
      'case.commented',
      'case.status_changed',
    ]);
  });
});
