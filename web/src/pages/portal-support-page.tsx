import type { TCustomerCenter } from '../api/center-types.js';
import { useApiQuery } from '../api/use-api.js';
import { QueryState } from '../components/query-state.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { AccountTeamPanel } from './center/account-team-panel.js';
import { CentreCalendar } from './center/centre-calendar.js';
import { PhoneNumbers } from './center/phone-numbers.js';

/**
 * /portal/support: how to reach support — phone numbers for the account's locations (IMP-48), each
 * centre's hours, holidays and closures for this year and next (IMP-45), what support does not cover,
 * and the account team with service reviews (IVA-18/25/26).
 */
export function PortalSupportPage() {
  usePageTitle('Contact support');
  const center = useApiQuery<TCustomerCenter>(['customer-center'], '/customer-center');
  return (
    <>
      <h1>Contact support</h1>
      <QueryState query={center}>
        {(data) =>
          data.packs.length === 0 ? (
            <p>{data.reason}</p>
          ) : (
            <>
              {data.packs.map((pack) => (
                <div key={pack.packId}>
                  <section className="panel" aria-labelledby={`phone-${pack.packId}`}>
                    <h2 id={`phone-${pack.packId}`}>Phone {pack.vendor} support</h2>
                    <p className="muted">{pack.planName}</p>
                    <PhoneNumbers pack={pack} showAll />
                  </section>
                  <h2>Support centres</h2>
                  <div className="centre-grid">
                    {pack.calendars.map((calendar) => (
                      <CentreCalendar key={calendar.centre} calendar={calendar} />
                    ))}
                  </div>
                  <section className="panel" aria-labelledby={`scope-${pack.packId}`}>
                    <h2 id={`scope-${pack.packId}`}>What support does not cover</h2>
                    <ul>
                      {pack.outOfScope.map((entry) => (
                        <li key={entry.text}>{entry.text}</li>
                      ))}
                    </ul>
                  </section>
                </div>
              ))}
              <AccountTeamPanel center={data} />
            </>
          )
        }
      </QueryState>
    </>
  );
}
