import { actorForUser } from '../commands/auth/actor-for-user.js';
import { addCaseComment } from '../commands/cases/add-case-comment.js';
import { openCase } from '../commands/cases/open-case.js';
import { updateCaseCommand } from '../commands/cases/update-case.js';
import type { TDb, TUserRow } from '../db/schema.js';
import type { TActor } from '../policies/actor.js';
import { demoAccounts, demoIncidentDetails } from './demo-data.js';

export const historyCount = 48;
const day = 86_400_000;
const severitiesByPack: Record<string, string[]> = {
  'imprivata-onesign': ['P1', 'P2', 'P2', 'P3', 'P3'],
  ivanti: ['S2', 'S2', 'S3', 'S3', 'S4'],
};

const subjects = [
  'Badge tap slow after appliance update',
  'SSO prompt loops for remote users',
  'Inventory scan misses new laptops',
  'Patch deployment report shows wrong counts',
  'Fingerprint reader not detected on kiosk',
  'Password self-service email not arriving',
  'Agent upgrade fails on a few devices',
  'Dashboard times out for large groups',
  'Audit export missing last week',
  'Licence count does not match the portal',
  'Remote control session drops after 5 minutes',
  'Certificate warning on the admin console',
];

/** Title of the n-th past case: its natural key, so a second seed run creates nothing. */
export const historyTitle = (index: number) =>
  `${subjects[index % subjects.length]} (ref H${String(index + 1).padStart(2, '0')})`;

/**
 * Twelve weeks of past cases (mostly resolved or closed) across the demo accounts, answered and resolved mostly
 * within their targets and sometimes late, so the SLA reports have something to show on first start.
 * Deterministic (no randomness): case i is opened `2 + (i × 37 mod 82)` days ago.
 */
export async function seedDemoHistory(
  deps: { db: TDb },
  system: TActor,
  accountIds: ReadonlyMap<string, string>,
  agent: TUserRow,
  now: Date,
): Promise<number> {
  const existing = new Set(
    (
      await deps.db
        .selectFrom('cases')
        .select('title')
        .where('tenant_id', '=', system.tenantId)
        .where(
          'title',
          'in',
          Array.from({ length: historyCount }, (_, index) => historyTitle(index)),
        )
        .execute()
    ).map((row) => row.title),
  );
  const worker: TActor = actorForUser(agent, { kind: 'session' });
  let created = 0;
  for (let index = 0; index < historyCount; index++) {
    if (existing.has(historyTitle(index))) continue;
    const account = demoAccounts[index % demoAccounts.length];
    const accountId = account ? accountIds.get(account.name) : undefined;
    if (!account || !accountId) continue;
    const severities = severitiesByPack[account.contract.packId] ?? [];
    const severity = severities[index % severities.length] ?? severities[0];
    if (!severity) continue;
    const daysAgo = 2 + ((index * 37) % 82);
    const opened = new Date(
      Math.floor((now.getTime() - daysAgo * day) / day) * day + (13 + (index % 6)) * 3_600_000,
    );
    const { case: row, milestones } = await openCase(
      deps,
      system,
      {
        accountId,
        title: historyTitle(index),
        description: 'Reported through the portal; see the conversation for the resolution.',
        severity,
        channel: 'portal',
        details: demoIncidentDetails,
      },
      opened,
    );
    created++;
    const dueOf = (name: string) => milestones.find((m) => m.name === name && m.kind === 'deadline')?.due_at;
    // Every fifth case is answered late, every seventh resolved late.
    const responseDue = dueOf('first_response')?.getTime() ?? opened.getTime() + 3_600_000;
    const answered = Math.max(
      responseDue + (index % 5 === 4 ? 2 * 3_600_000 : -15 * 60_000),
      opened.getTime() + 60_000,
    );
    if (answered > now.getTime()) continue; // still waiting for its first answer
    await addCaseComment(
      deps,
      worker,
      row.id,
      { body: 'Thanks, looking into it.', visibility: 'public' },
      new Date(answered),
    );
    const resolutionDue = dueOf('resolution')?.getTime() ?? opened.getTime() + 2 * day;
    const resolved = Math.max(answered + 60_000, resolutionDue + (index % 7 === 3 ? day : -3_600_000));
    if (resolved > now.getTime()) {
      // Answered, still being worked on.
      await updateCaseCommand(
        deps,
        worker,
        row.id,
        { status: 'in_progress' },
        new Date(Math.min(answered + 60_000, now.getTime())),
      );
      continue;
    }
    await updateCaseCommand(deps, worker, row.id, { status: 'resolved' }, new Date(resolved));
    if (resolved + 3 * day < now.getTime()) {
      await updateCaseCommand(deps, worker, row.id, { status: 'closed' }, new Date(resolved + 3 * day));
    }
  }
  return created;
}
