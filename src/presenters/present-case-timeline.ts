import { z } from 'zod';
import type { TAuditLogRow } from '../db/schema.js';
import type { TCaseRow } from '../db/schema-records.js';
import { isVendorRole } from '../policies/actor.js';
import type { TCaseTimelineSources, TTimelineUser } from '../repositories/case-timeline-repository.js';

export const timelineKinds = [
  'opened',
  'status',
  'severity',
  'tier',
  'assignment',
  'routing',
  'outcome',
  'details',
  'attachment',
  'comment',
  'sla',
  'other',
] as const;

export const ZTimelineEntry = z
  .object({
    id: z.string().describe('Stable key of the entry (its audit record, comment or milestone)'),
    at: z.iso.datetime(),
    kind: z.enum(timelineKinds),
    /** Who: a user's name, "Support team" (staff as customers see them), "Aftercare" (the system). */
    who: z.string(),
    text: z.string(),
    visibility: z.enum(['public', 'internal']),
  })
  .meta({ id: 'CaseTimelineEntry' });
export type TTimelineEntry = z.infer<typeof ZTimelineEntry>;
export const ZCaseTimeline = z.object({ items: z.array(ZTimelineEntry) }).meta({ id: 'CaseTimeline' });

type TEntry = TTimelineEntry;
const words = (value: unknown) => String(value ?? 'none').replaceAll('_', ' ');
const milestoneLabel = (name: string) => {
  const label = words(name);
  return label.charAt(0).toUpperCase() + label.slice(1);
};
const statusNames = new Set(['new', 'in_progress', 'waiting_on_customer', 'resolved', 'closed']);

/**
 * One list of what happened to a case, oldest first: opening, status, severity (with the reason),
 * tier, assignment, routing, outcome, comments and SLA events, each with who and when. Customers
 * (`forCustomer`) get the public part, staff named "Support team".
 */
export function presentCaseTimeline(
  row: TCaseRow,
  sources: TCaseTimelineSources,
  forCustomer: boolean,
): { items: TEntry[] } {
  const users = new Map(sources.users.map((user) => [user.id, user]));
  const who = (actor: string) => describeWho(actor, users, forCustomer);
  const firstChange = sources.audit.find((audit) => audit.action === 'case.severity_changed');
  const openedAs = (firstChange?.before as { severity?: string } | null)?.severity ?? row.severity;
  const entries: TEntry[] = [
    {
      id: `opened:${row.id}`,
      at: row.opened_at.toISOString(),
      kind: 'opened',
      who: row.channel === 'phone' ? 'Support team' : 'Customer',
      text: `Case opened by ${row.channel} as ${openedAs}`,
      visibility: 'public',
    },
  ];
  for (const audit of sources.audit) {
    describeAudit(audit, users).forEach((entry, index) => {
      const id = index === 0 ? audit.id : `${audit.id}:${index}`;
      entries.push({ ...entry, id, at: audit.at.toISOString(), who: who(audit.actor) });
    });
  }
  for (const comment of sources.comments) {
    entries.push({
      id: comment.id,
      at: comment.created_at.toISOString(),
      kind: 'comment',
      who: comment.author_id ? who(`user:${comment.author_id}`) : who(comment.author),
      text: comment.visibility === 'internal' ? 'Internal note added' : 'Replied',
      visibility: comment.visibility,
    });
  }
  for (const milestone of sources.milestones) {
    if (milestone.met_at) {
      const late =
        milestone.breached_at !== null || (milestone.due_at !== null && milestone.met_at > milestone.due_at);
      entries.push({
        id: `met:${milestone.id}`,
        at: milestone.met_at.toISOString(),
        kind: 'sla',
        who: 'Aftercare',
        text: `${milestoneLabel(milestone.name)} met${late ? ' (late)' : ' on time'} — target ${milestone.target}`,
        visibility: 'public',
      });
    }
  }
  const visible = forCustomer ? entries.filter((entry) => entry.visibility === 'public') : entries;
  return { items: visible.sort((a, b) => a.at.localeCompare(b.at)) };
}

function describeWho(actor: string, users: Map<string, TTimelineUser>, forCustomer: boolean): string {
  if (actor.startsWith('system:')) return 'Aftercare';
  if (actor.startsWith('token:')) return forCustomer ? 'Support team' : 'API token';
  const id = actor.startsWith('user:') ? actor.slice('user:'.length) : actor;
  const user = users.get(id);
  if (!user) return forCustomer ? 'Support team' : actor;
  if (forCustomer && isVendorRole(user.role as never)) return 'Support team';
  return user.name;
}

type TDescribed = Omit<TEntry, 'id' | 'at' | 'who'>;

/** The entries of one audit record (an edit may both move the status and assign). */
function describeAudit(audit: TAuditLogRow, users: Map<string, TTimelineUser>): TDescribed[] {
  const before = (audit.before ?? {}) as Record<string, unknown>;
  const after = (audit.after ?? {}) as Record<string, unknown>;
  const status = audit.action.startsWith('case.') ? audit.action.slice('case.'.length) : '';
  const isStatus = statusNames.has(status);
  const entries: TDescribed[] = [];
  if (isStatus) {
    entries.push({
      kind: 'status',
      text: `Status ${words(before.status)} → ${words(status)}`,
      visibility: 'public',
    });
  }
  if ((isStatus || audit.action === 'case.updated') && 'assignee_id' in after) {
    const name = after.assignee_id ? (users.get(String(after.assignee_id))?.name ?? 'a colleague') : null;
    entries.push({
      kind: 'assignment',
      text: name ? `Assigned to ${name}` : 'Unassigned',
      visibility: 'internal',
    });
  }
  if (isStatus) return entries;
  if (audit.action === 'case.updated') {
    if ('title' in after || 'description' in after) {
      entries.push({ kind: 'other', text: 'Title or description edited', visibility: 'public' });
    }
    return entries;
  }
  const entry = describeOtherAudit(audit.action, before, after);
  return entry ? [entry] : [];
}

function describeOtherAudit(
  action: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): TDescribed | null {
  switch (action) {
    case 'case.severity_changed':
      return {
        kind: 'severity',
        text: `Severity ${words(before.severity)} → ${words(after.severity)}: ${words(after.reason)}`,
        visibility: 'public',
      };
    case 'case.escalated':
      return {
        kind: 'tier',
        text: `Escalated from tier ${words(before.tier)} to ${words(after.tierName ?? `tier ${after.toTier}`)}: ${words(after.reason)}`,
        visibility: 'public',
      };
    case 'case.escalated_to_support_manager':
      return { kind: 'tier', text: 'Escalated to the support manager', visibility: 'internal' };
    case 'case.outcome_set':
      return {
        kind: 'outcome',
        text: `Outcome recorded: ${words((after.outcome as { kind?: string } | null)?.kind)}`,
        visibility: 'internal',
      };
    case 'case.details_requested':
      return { kind: 'details', text: 'Incident details requested', visibility: 'public' };
    case 'case.details_updated':
      return { kind: 'details', text: 'Incident details supplied', visibility: 'public' };
    case 'case.attachment_added':
      return {
        kind: 'attachment',
        text: 'Attachment added',
        visibility: after.visibility === 'public' ? 'public' : 'internal',
      };
    case 'case.transferred':
      return {
        kind: 'routing',
        text: `Transferred from centre ${words(before.centre)} to ${words(after.centre)} (follow the sun)`,
        visibility: 'internal',
      };
    case 'case.routed_on_call':
      return { kind: 'routing', text: 'Routed to the on-call queue', visibility: 'internal' };
    case 'sla.warning':
      return { kind: 'sla', text: 'SLA warning: a target is close to breach', visibility: 'internal' };
    case 'sla.breached':
      return { kind: 'sla', text: 'SLA target breached', visibility: 'internal' };
    case 'case.commented':
      return null;
    default:
      return { kind: 'other', text: words(action.replace(/^case\./, '')), visibility: 'internal' };
  }
}
