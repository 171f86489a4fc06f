import { setAccountPin } from '../commands/accounts/set-account-pin.js';
import { updateRecordCommand } from '../commands/records/update-record.js';
import { accountResource } from '../commands/records/vendor-resources.js';
import { createUser } from '../commands/users/create-user.js';
import type { TDb } from '../db/schema.js';
import type { TActor } from '../policies/actor.js';
import { findAccountPinHash } from '../repositories/phone-pin-repository.js';
import { findRecord } from '../repositories/record-repository.js';
import { findUserByEmail } from '../repositories/user-repository.js';
import { demoPassword } from './demo-data.js';

/** The Premium Support PIN of the demo's Imprivata Premium account (phone intake, C8). */
export const demoPremiumPin = '246810';
export const demoPinAccount = 'Northwind Health (US)';
/** The Ivanti Premium account and its Assigned Support Engineer and back-up (IVA-25). */
export const demoAseAccount = 'Harbour Bank (APAC)';
export const demoEngineers = [
  { email: 'ase@demo.test', name: 'Sam Assigned', role: 'agent' as const },
  { email: 'ase-backup@demo.test', name: 'Riley Backup', role: 'agent' as const },
];

/**
 * Phone intake demo data, created only when missing: the PIN of the Imprivata Premium account and
 * the assigned engineer and back-up of the Ivanti Premium account. Returns how many things it created.
 */
export async function seedDemoPhone(
  deps: { db: TDb },
  system: TActor,
  accountIds: ReadonlyMap<string, string>,
  now: Date,
): Promise<number> {
  let created = 0;
  const engineerIds: string[] = [];
  for (const engineer of demoEngineers) {
    let row = await findUserByEmail(deps.db, system.tenantId, engineer.email);
    if (!row) {
      created++;
      row = await createUser(deps, system, { ...engineer, accountId: null, password: demoPassword }, now);
    }
    engineerIds.push(row.id);
  }
  const pinAccountId = accountIds.get(demoPinAccount);
  if (pinAccountId && (await findAccountPinHash(deps.db, system.tenantId, pinAccountId)) === null) {
    created++;
    await setAccountPin(deps, system, { accountId: pinAccountId, pin: demoPremiumPin }, now);
  }
  const aseAccountId = accountIds.get(demoAseAccount);
  const account = aseAccountId
    ? await findRecord(deps.db, 'accounts', { tenantId: system.tenantId, accountId: null }, aseAccountId)
    : undefined;
  if (account && account.assigned_engineer_id === null) {
    created++;
    await updateRecordCommand(
      deps,
      system,
      accountResource,
      account.id,
      { assigned_engineer_id: engineerIds[0], backup_engineer_id: engineerIds[1] },
      now,
    );
  }
  return created;
}

/** Lines for the demo logins description. */
export function describeDemoPhone(): string[] {
  return [
    ...demoEngineers.map(
      (user) =>
        `  ${user.email.padEnd(30)} ${user.role} (${demoAseAccount} assigned engineer${user.email.startsWith('ase-backup') ? ' back-up' : ''})`,
    ),
    `Premium Support PIN of ${demoPinAccount} (phone intake): ${demoPremiumPin}`,
  ];
}
