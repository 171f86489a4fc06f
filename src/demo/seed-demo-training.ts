import { bookTrm } from '../commands/training/book-trm.js';
import { createTrmSubscription } from '../commands/training/create-trm-subscription.js';
import { createUsageInstallation } from '../commands/training/create-usage-installation.js';
import { ingestUsageSummary } from '../commands/training/ingest-usage-summary.js';
import type { TDb } from '../db/schema.js';
import type { TActor } from '../policies/actor.js';
import { listTrmSubscriptions } from '../repositories/trm-repository.js';
import { listUsageInstallations } from '../repositories/usage-repository.js';
import { demoAseAccount, demoPinAccount } from './seed-demo-phone.js';

/**
 * Training demo data, created only when missing: a TRM Premier subscription for the Ivanti Premium
 * account (bought at the start of the current year, one voucher used), and an installation of the
 * Imprivata Premium account with two weeks of daily usage summaries. Returns how many things it created.
 */
export async function seedDemoTraining(
  deps: { db: TDb },
  system: TActor,
  accountIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<number> {
  let created = 0;
  const ivanti = accountIds.get(demoAseAccount);
  if (ivanti && (await listTrmSubscriptions(deps.db, system.tenantId, ivanti)).length === 0) {
    const purchasedOn = `${now.toISOString().slice(0, 4)}-01-01`;
    const sub = await createTrmSubscription(
      deps,
      system,
      { accountId: ivanti, packId: 'ivanti', offering: 'premier', purchasedOn },
      now,
    );
    await bookTrm(
      deps,
      system,
      {
        subscriptionId: sub.id,
        booking: { kind: 'voucher', person: 'Alex Admin', course: 'Endpoint Manager fundamentals' },
      },
      now,
    );
    created += 1;
  }
  const imprivata = accountIds.get(demoPinAccount);
  if (imprivata && (await listUsageInstallations(deps.db, system.tenantId, imprivata)).length === 0) {
    const { token } = await createUsageInstallation(
      deps,
      system,
      { accountId: imprivata, name: 'Main campus' },
      now,
    );
    for (let back = 14; back >= 1; back -= 1) {
      const day = new Date(now.getTime() - back * 86_400_000).toISOString().slice(0, 10);
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay() % 6 !== 0;
      const users = weekday ? 110 + ((back * 7) % 23) : 35 + (back % 5);
      const body = {
        day,
        software_version: '7.9.1',
        daily_usage_statistics: { active_users: users, sessions: users * 2, authentications: users * 7 },
        user_and_computer_statistics: { users: 140, computers: 60 },
        deployed_and_enrolled_users_per_application: [{ application: 'EHR', deployed: 140, enrolled: 131 }],
        logins_per_application_per_day: [{ application: 'EHR', logins: users * 3 }],
      };
      await ingestUsageSummary(deps, { token, body }, now);
    }
    created += 1;
  }
  return created;
}
