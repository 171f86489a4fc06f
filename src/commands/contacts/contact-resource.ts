import { AppError } from '../../lib/app-error.js';
import { contactPolicy } from '../../policies/record-policy.js';
import type { TRecordResource } from '../records/record-resource.js';
import { findContactLimit, listActiveContactIds } from './contact-limit.js';

/**
 * Named contacts (IMP-42, K8): creating one — or making a read-only one active again — beyond the
 * plan's limit is refused with 409 `contact.limit_reached`.
 */
export const contactResource: TRecordResource<'contacts'> = {
  table: 'contacts',
  entityType: 'contact',
  notFound: 'contact.not_found',
  customerVisible: true,
  policy: contactPolicy,
  prepare: async (trx, actor, values, existing) => {
    const next = { ...values };
    if (typeof next.email === 'string') next.email = next.email.trim().toLowerCase();
    const accountId = existing?.account_id ?? (values.account_id as string);
    const becomesActive = existing ? existing.read_only && next.read_only === false : next.read_only !== true;
    if (becomesActive) {
      const limit = await findContactLimit(trx, actor.tenantId, accountId);
      const active = await listActiveContactIds(trx, actor.tenantId, accountId);
      if (limit !== null && active.length >= limit) {
        throw new AppError(
          'contact.limit_reached',
          `The plan allows ${limit} named contacts and ${active.length} are active`,
          [{ field: existing ? 'readOnly' : 'email', message: `limit of ${limit} named contacts reached` }],
        );
      }
    }
    return next;
  },
};
