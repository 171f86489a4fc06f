import type { TDb } from '../../db/schema.js';
import type { TServiceReviewRow } from '../../db/schema-center.js';
import { choosePhoneNumbers, type TPhoneNumber } from '../../domain/center/choose-phone-numbers.js';
import {
  combineTeamPromises,
  describeTeamPromise,
  type TTeamPromise,
} from '../../domain/center/describe-account-team.js';
import { describePhoneAdvice, type TPhoneAdvice } from '../../domain/center/describe-phone-advice.js';
import {
  describePublishedCalendar,
  type TPublishedCalendar,
} from '../../domain/center/describe-published-calendar.js';
import type { TCustomerCenter } from '../../domain/packs/schema-center.js';
import { AppError } from '../../lib/app-error.js';
import { isVendorRole, type TActor } from '../../policies/actor.js';
import {
  findAccountTeam,
  listAccountCountries,
  listServiceReviews,
  type TAccountTeamRow,
} from '../../repositories/account-team-repository.js';
import { findContractPack } from '../packs/find-pack-version.js';
import { loadCenterAccess } from './load-center-access.js';

export type TCenterPack = {
  packId: string;
  packName: string;
  vendor: string;
  planName: string;
  calendars: TPublishedCalendar[];
  phoneNumbers: TPhoneNumber[];
  allPhoneNumbers: TPhoneNumber[];
  customerCenter: TCustomerCenter;
  phoneAdvice: TPhoneAdvice[];
};

export type TCustomerCenterData = {
  team: TAccountTeamRow;
  entitled: boolean;
  reason: string;
  packs: TCenterPack[];
  promise: TTeamPromise;
  reviews: TServiceReviewRow[];
};

/**
 * Everything the portal's Customer Center shows for one account: for each pack its support is on,
 * the centres' published calendars for this year and next (IMP-45), the phone numbers for the
 * account's locations (IMP-48) and the scope of support; the account team and service reviews
 * (IVA-18/25/26). Customers see only their own account.
 */
export async function loadCustomerCenter(
  deps: { db: TDb },
  actor: TActor,
  requestedAccountId: string | undefined,
  now: Date,
): Promise<TCustomerCenterData> {
  const vendor = actor.kind === 'system' || isVendorRole(actor.role);
  const accountId = vendor ? requestedAccountId : actor.kind === 'user' ? actor.accountId : null;
  if (!accountId || (!vendor && requestedAccountId && requestedAccountId !== accountId)) {
    throw new AppError('account.not_found', 'No such account');
  }
  const team = await findAccountTeam(deps.db, actor.tenantId, accountId);
  if (!team) throw new AppError('account.not_found', 'No such account');
  const access = await loadCenterAccess(deps.db, actor.tenantId, accountId, now);
  const countries = await listAccountCountries(deps.db, actor.tenantId, accountId);
  const year = now.getUTCFullYear();
  const packs: TCenterPack[] = [];
  const promises: TTeamPromise[] = [];
  for (const entry of access.plans) {
    const policy = await findContractPack(
      deps.db,
      actor.tenantId,
      { pack_id: entry.packId, pack_version: entry.packVersion, term_start: entry.termStart },
      now,
    );
    const plan = policy.plans.find((candidate) => candidate.id === entry.plan);
    if (plan) promises.push(describeTeamPromise(plan));
    packs.push({
      packId: policy.id,
      packName: policy.name,
      vendor: policy.vendor,
      planName: plan?.name ?? entry.plan,
      calendars: policy.centres.map((centre) => describePublishedCalendar(centre, year)),
      phoneNumbers: choosePhoneNumbers(policy, { countries, region: team.region }),
      allPhoneNumbers: policy.phone_numbers.map(({ location, number, centre }) => ({
        location,
        number,
        centre,
      })),
      customerCenter: policy.customer_center,
      phoneAdvice: describePhoneAdvice(policy, entry.plan),
    });
  }
  const promise = combineTeamPromises(promises);
  const reviews = await listServiceReviews(deps.db, actor.tenantId, accountId);
  return { team, entitled: access.entitled, reason: access.reason, packs, promise, reviews };
}
