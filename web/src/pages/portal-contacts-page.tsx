import type { TPage } from '../api/case-types.js';
import type { TContact, TContactUsage } from '../api/record-types.js';
import { useApiQuery } from '../api/use-api.js';
import { useAuth } from '../auth/auth-context.js';
import { QueryState } from '../components/query-state.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { AddContactForm } from './portal/add-contact-form.js';
import { ContactList } from './portal/contact-list.js';

/** Named contacts of the account: who may open cases and call support, within the plan's limit. */
export function PortalContactsPage() {
  usePageTitle('Named contacts');
  const { user } = useAuth();
  const contacts = useApiQuery<TPage<TContact>>(['contacts'], '/contacts', { limit: 100 });
  // The allowance comes from the API (IMP-42, the same rule that enforces it); never re-derived here.
  const usage = useApiQuery<TContactUsage>(['contacts', 'usage'], '/contacts/usage');
  const canManage = user?.role === 'customer_admin';
  return (
    <>
      <h1>Named contacts</h1>
      <QueryState query={contacts}>
        {(page) => {
          const allowance = usage.data;
          return (
            <>
              {allowance && (
                <section className="panel" aria-labelledby="usage-heading">
                  <h2 id="usage-heading">Your plan's allowance</h2>
                  <p className="usage" data-testid="contact-usage">
                    {allowance.limit === null
                      ? `${allowance.used} active named contacts (your plan sets no limit)`
                      : `${allowance.used} of ${allowance.limit} named contacts used`}
                  </p>
                  {allowance.limit !== null && (
                    <meter
                      className="meter"
                      min={0}
                      max={allowance.limit}
                      value={allowance.used}
                      aria-label="Named contacts used"
                    />
                  )}
                </section>
              )}
              <ContactList contacts={page.items} limit={allowance?.limit ?? null} />
              {canManage ? (
                <AddContactForm
                  accountId={user?.accountId ?? page.items[0]?.accountId}
                  limit={allowance?.limit ?? null}
                />
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
