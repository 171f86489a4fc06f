import { z } from 'zod';
import type { TCustomerCenterData } from '../commands/center/load-customer-center.js';
import type { TServiceReviewRow } from '../db/schema-center.js';
import { serviceReviewStatuses } from '../db/schema-center.js';
import { isVendorRole, type TActor } from '../policies/actor.js';
import { accountTeamPolicy } from '../policies/kb-policy.js';

const ZPhone = z.object({ location: z.string(), number: z.string(), centre: z.string() });
const ZStatement = z.object({
  text: z.string(),
  clause: z.string().nullable().describe('Vendor users only'),
});
const ZMember = z.object({
  name: z.string(),
  email: z.string().nullable().describe('Shown when the plan gives direct contact'),
  awayUntil: z.string().nullable(),
});

export const ZServiceReviewView = z
  .object({
    id: z.string(),
    scheduledFor: z.string(),
    agenda: z.string(),
    notes: z.string(),
    status: z.enum(serviceReviewStatuses),
    allowedActions: z.array(z.string()),
  })
  .meta({ id: 'ServiceReview' });

export const ZCustomerCenterView = z
  .object({
    account: z.object({ id: z.string(), name: z.string(), region: z.string() }),
    entitled: z.boolean(),
    reason: z.string(),
    packs: z.array(
      z.object({
        packId: z.string(),
        packName: z.string(),
        vendor: z.string(),
        planName: z.string(),
        calendars: z.array(
          z.object({
            centre: z.string(),
            name: z.string(),
            location: z.string().nullable(),
            serves: z.string(),
            timezone: z.string(),
            years: z.array(z.number()),
            weeklyHours: z.array(
              z.object({ day: z.string(), hours: z.array(z.object({ from: z.string(), to: z.string() })) }),
            ),
            holidays: z.array(z.object({ date: z.string(), name: z.string() })),
            closures: z.array(
              z.object({ date: z.string(), from: z.string(), to: z.string(), reason: z.string().nullable() }),
            ),
          }),
        ),
        phoneNumbers: z.array(ZPhone).describe('The numbers for this account’s locations (IMP-48)'),
        allPhoneNumbers: z.array(ZPhone),
        phoneNote: ZStatement.nullable(),
        outOfScope: z.array(ZStatement),
        phoneAdvice: z
          .array(z.object({ severity: z.string(), text: z.string() }))
          .describe('“Phone us” advisories per severity (S1 by phone, after-hours emergencies)'),
      }),
    ),
    team: z.object({
      namedSupportManager: z.boolean(),
      assignedEngineer: z.boolean(),
      directSupportManagerAccess: z.boolean(),
      serviceReviews: z.boolean(),
      supportManager: ZMember.nullable(),
      engineer: ZMember.nullable(),
      backupEngineer: ZMember.nullable(),
      allowedActions: z.array(z.string()),
    }),
    serviceReviews: z.array(ZServiceReviewView),
  })
  .meta({ id: 'CustomerCenter' });
export type TCustomerCenterView = z.infer<typeof ZCustomerCenterView>;

export function presentServiceReview(
  row: TServiceReviewRow,
  actor: TActor,
): z.infer<typeof ZServiceReviewView> {
  return {
    id: row.id,
    scheduledFor: row.scheduled_for.toISOString(),
    agenda: row.agenda,
    notes: row.notes,
    status: row.status,
    allowedActions: accountTeamPolicy.can(actor, 'record_review', null) ? ['record_review'] : [],
  };
}

export function presentCustomerCenter(data: TCustomerCenterData, actor: TActor): TCustomerCenterView {
  const vendor = actor.kind === 'system' || isVendorRole(actor.role);
  const statement = (entry: { text: string; source: { clause: string } }) => ({
    text: entry.text,
    clause: vendor ? entry.source.clause : null,
  });
  const member = (
    row: { name: string; email: string; away_until: Date | null } | null,
    showEmail: boolean,
  ) =>
    row
      ? {
          name: row.name,
          email: showEmail || vendor ? row.email : null,
          awayUntil: row.away_until?.toISOString() ?? null,
        }
      : null;
  const { promise, team } = data;
  return {
    account: { id: team.account_id, name: team.account_name, region: team.region },
    entitled: data.entitled,
    reason: data.reason,
    packs: data.packs.map((pack) => ({
      packId: pack.packId,
      packName: pack.packName,
      vendor: pack.vendor,
      planName: pack.planName,
      calendars: pack.calendars,
      phoneNumbers: pack.phoneNumbers,
      allPhoneNumbers: pack.allPhoneNumbers,
      phoneNote: pack.customerCenter.phone_note ? statement(pack.customerCenter.phone_note) : null,
      outOfScope: pack.customerCenter.out_of_scope.map(statement),
      phoneAdvice: pack.phoneAdvice,
    })),
    team: {
      ...promise,
      supportManager:
        promise.namedSupportManager || vendor
          ? member(team.support_manager, promise.directSupportManagerAccess)
          : null,
      engineer: promise.assignedEngineer || vendor ? member(team.assigned_engineer, true) : null,
      backupEngineer: promise.assignedEngineer || vendor ? member(team.backup_engineer, true) : null,
      allowedActions: accountTeamPolicy.allowedActions(actor, null),
    },
    serviceReviews:
      promise.serviceReviews || vendor ? data.reviews.map((row) => presentServiceReview(row, actor)) : [],
  };
}
