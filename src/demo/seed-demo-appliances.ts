import { createRecord } from '../commands/records/create-record.js';
import { applianceResource } from '../commands/records/vendor-resources.js';
import { openRma } from '../commands/rma/open-rma.js';
import { recordHardwareFinding } from '../commands/rma/record-hardware-finding.js';
import type { TDb } from '../db/schema.js';
import type { TActor } from '../policies/actor.js';

/**
 * Demo hardware (idempotent): software versions on the demo appliances, a virtual appliance and a
 * third-party card reader on Northwind, and one open Premium advance replacement from its P0 case.
 */
export async function seedDemoAppliances(
  deps: { db: TDb },
  system: TActor,
  accountIds: Map<string, string>,
  now: Date,
): Promise<number> {
  const { db } = deps;
  const tenantId = system.tenantId;
  let created = 0;
  await db
    .updateTable('appliances')
    .set({ software_version: '7.3' })
    .where('tenant_id', '=', tenantId)
    .where('software_version', 'is', null)
    .where('kind', '=', 'physical')
    .execute();
  const northwind = accountIds.get('Northwind Health (US)');
  if (!northwind) return created;
  const extra = [
    { serial: 'OS-US-V001', model: 'OneSign Virtual Appliance', kind: 'virtual' as const },
    { serial: 'RDR-US-0001', model: 'RF IDeas card reader', kind: 'third_party' as const },
  ];
  for (const unit of extra) {
    const exists = await db
      .selectFrom('appliances')
      .select('id')
      .where('tenant_id', '=', tenantId)
      .where('serial', '=', unit.serial)
      .executeTakeFirst();
    if (exists) continue;
    created++;
    await createRecord(
      deps,
      system,
      applianceResource,
      {
        account_id: northwind,
        serial: unit.serial,
        model: unit.model,
        ship_date: '2026-01-20',
        kind: unit.kind,
      },
      now,
    );
  }
  const kase = await db
    .selectFrom('cases')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('account_id', '=', northwind)
    .where('title', '=', 'ED workstations cannot tap in (production down)')
    .executeTakeFirst();
  const appliance = await db
    .selectFrom('appliances')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('serial', '=', 'OS-US-0002')
    .executeTakeFirst();
  if (!kase || !appliance) return created;
  const rma = await db
    .selectFrom('rmas')
    .select('id')
    .where('tenant_id', '=', tenantId)
    .where('case_id', '=', kase.id)
    .executeTakeFirst();
  if (rma) return created;
  await recordHardwareFinding(
    deps,
    system,
    {
      caseId: kase.id,
      applianceId: appliance.id,
      troubleshooting:
        'Collected logs; secondary appliance reboots on load; PSU replaced in diagnostics: fault persists (board).',
      conclusion: 'hardware_defect',
      destination: 'US',
    },
    now,
  );
  await openRma(
    deps,
    system,
    { caseId: kase.id, applianceId: appliance.id, price: { amountMinor: 450_000, currency: 'USD' } },
    now,
  );
  return created + 1;
}
