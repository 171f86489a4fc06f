import type { TCaseStatus } from '../api/case-types.js';

const statusLabels: Record<TCaseStatus, string> = {
  new: 'New',
  in_progress: 'In progress',
  waiting_on_customer: 'Waiting on customer',
  resolved: 'Resolved',
  closed: 'Closed',
};

export const caseStatuses = Object.keys(statusLabels) as TCaseStatus[];

export function describeStatus(status: string): string {
  return statusLabels[status as TCaseStatus] ?? humanise(status);
}

/** "waiting_on_customer" → "Waiting on customer". */
export function humanise(value: string): string {
  return value.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase());
}

/** "#42 Login fails" — how cases are named in headings and links. */
export function describeCaseTitle(item: { number: number; title: string }): string {
  return `#${item.number} ${item.title}`;
}
