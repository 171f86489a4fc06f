/** Events a user can get email about, by side (what each side is ever emailed). */
export type TNotificationEvent = { type: string; label: string; side: 'customer' | 'vendor' | 'both' };

export const notificationEvents: readonly TNotificationEvent[] = [
  { type: 'case.opened', label: 'Confirmation of a new case with its targets', side: 'customer' },
  { type: 'case.commented', label: 'A new reply on a case', side: 'both' },
  { type: 'case.status_changed', label: 'A case resolved (customers) or reopened (assignee)', side: 'both' },
  { type: 'case.escalated', label: 'A case escalated to another tier', side: 'customer' },
  { type: 'case.details_requested', label: 'Support asks for missing incident details', side: 'customer' },
  { type: 'case.fix_released', label: 'The release that fixes a case is out', side: 'customer' },
  { type: 'case.assigned', label: 'A case assigned to you', side: 'vendor' },
  { type: 'sla.warning', label: 'A deadline is close (breach warning)', side: 'vendor' },
  { type: 'sla.breached', label: 'A deadline was missed', side: 'vendor' },
  {
    type: 'case.escalated_to_support_manager',
    label: 'A case escalated to the support manager',
    side: 'vendor',
  },
  { type: 'case.tier3_escalated', label: 'A case escalated to Tier 3', side: 'vendor' },
  { type: 'case.on_call', label: 'An after-hours emergency for the on-call engineer', side: 'vendor' },
  { type: 'case.transferred', label: 'A case handed over to another centre', side: 'vendor' },
];

/** The events a role can be emailed about. */
export function listNotificationEvents(role: string): TNotificationEvent[] {
  const side = role.startsWith('customer_') ? 'customer' : 'vendor';
  return notificationEvents.filter((event) => event.side === 'both' || event.side === side);
}
