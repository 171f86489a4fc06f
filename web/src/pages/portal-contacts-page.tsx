import { useQueries } from '@tanstack/react-query';
import type { TPage } from '../api/case-types.js';
import type { TContact, TContract } from '../api/record-types.js';
import { useApiQuery } from '../api/use-api.js';
import { fetchPack } from '../api/use-pack.js';
import { useAuth } from '../auth/auth-context.js';
import { QueryState } from '../components/query-state.js';
import { countContactUsage } from '../lib/contact-usage.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { AddContactForm } from './portal/add-contact-form.js';
import { ContactList } from './portal/contact-list.js';

/** Named contacts of the account: who may open cases and call support, within the plan's limit. */
export function PortalContactsPage() {
  usePageTitle('Named contacts');
  const { client, user } = useAuth();
  const contacts = useApiQuery<TPage<TContact>>(['contacts'], '/contacts', { limit: 100 });
  const contracts = useApiQuery<TPage<TContract>>(['contracts'], '/contracts', { limit: 100 });
  const packIds = [...new Set((contracts.data?.items ?? []).map((contract) => contract.packId))];
  const packs = useQueries({
    queries: packIds.map((id) => ({
      queryKey: ['packs', id],
      queryFn: () => fetchPack(client, id),
    })),
  });
  const packById = new Map(
    packs.flatMap((query) => (query.data ? [[query.data.id, query.data] as const] : [])),
  );
  const canManage = user?.role === 'customer_admin';
  return (
    <>
      <h1>Named contacts</h1>
      <QueryState query={contacts}>
        {(page) => {
          const usage = countContactUsage(page.items, contracts.data?.items ?? [], (packId, planId) =>
            packById.get(packId)?.plans.find((plan) => plan.id === planId),
          );
          return (
            <>
              <section className="panel" aria-labelledby="usage-heading">
                <h2 id="usage-heading">Your plan's allowance</h2>
                <p className="usage" data-testid="contact-usage">
                  {usage.limit === null
                    ? `${usage.used} active named contacts (your plan sets no limit)`
                    : `${usage.used} of ${usage.limit} named contacts used`}
                </p>
                {usage.limit !== null && (
                  <meter
                    className="meter"
                    min={0}
                    max={usage.limit}
                    value={usage.used}
                    aria-label="Named contacts used"
                  />
                )}
              </section>
              <ContactList contacts={page.items} />
              {canManage ? (
                <AddContactForm accountId={user?.accountId ?? page.items[0]?.accountId} />
              ) : (
                <p className="muted">Ask your account's customer admin to add or change named contacts.</p>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
