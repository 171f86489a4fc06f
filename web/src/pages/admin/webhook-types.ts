/** Views of the webhook API (/webhooks, /webhooks/:id/deliveries). */
export type TWebhookEndpoint = {
  id: string;
  url: string;
  eventTypes: string[];
  active: boolean;
  createdAt: string;
  secret?: string;
};

export type TWebhookDelivery = {
  id: string;
  endpointId: string;
  eventId: string;
  eventType: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  replayOf: string | null;
  createdAt: string;
  deliveredAt: string | null;
};

/** Event types the app emits (a subscription may also use `*`). */
export const knownEventTypes = [
  'case.opened',
  'case.commented',
  'case.status_changed',
  'case.assigned',
  'case.details_requested',
  'case.tier3_escalated',
  'case.escalated',
  'case.escalated_to_support_manager',
  'case.severity_changed',
  'case.transferred',
  'case.outcome_set',
  'case.fix_released',
  'case.on_call',
  'sla.warning',
  'sla.breached',
  'release.published',
  'pack.published',
] as const;
