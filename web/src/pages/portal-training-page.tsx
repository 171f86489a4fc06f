import { type FormEvent, useState } from 'react';
import { describeError } from '../api/api-error.js';
import type { TTrmSubscription, TUsageList } from '../api/training-types.js';
import { useApiMutation, useApiQuery } from '../api/use-api.js';
import { UsageChart } from '../components/charts/usage-chart.js';
import { Fact } from '../components/fact.js';
import { QueryState } from '../components/query-state.js';
import { formatLocalDate } from '../lib/format-date.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { HealthChecksPanel } from './portal/health-checks-panel.js';

/** Training: TRM days and vouchers (book, see what remains), and the account's usage data. */
export function PortalTrainingPage() {
  usePageTitle('Training');
  const trm = useApiQuery<{ items: TTrmSubscription[] }>(['trm'], '/trm/subscriptions');
  const usage = useApiQuery<TUsageList>(['usage'], '/usage/summaries');
  return (
    <>
      <h1>Training</h1>
      <QueryState query={trm}>
        {(page) =>
          page.items.length === 0 ? (
            <p>Your account has no Technical Resource Manager subscription.</p>
          ) : (
            page.items.map((sub) => <TrmPanel key={sub.id} sub={sub} />)
          )
        }
      </QueryState>
      <QueryState query={usage}>{(list) => <UsagePanel list={list} />}</QueryState>
      <HealthChecksPanel />
    </>
  );
}

function TrmPanel({ sub }: { sub: TTrmSubscription }) {
  const headingId = `trm-${sub.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        Technical Resource Manager — {sub.offering.charAt(0).toUpperCase() + sub.offering.slice(1)}
      </h2>
      <dl className="facts">
        <Fact term="Current term">
          {formatLocalDate(sub.period.start)} – {formatLocalDate(sub.period.end)}
        </Fact>
        <Fact term="Days remaining">
          {sub.remaining.days} of {sub.allowance.days}
        </Fact>
        <Fact term="On-site days remaining">
          {sub.remaining.onsiteDays} of {sub.allowance.onsiteDays} (blocks of at least{' '}
          {sub.onsiteMinConsecutiveDays} consecutive days; travel included)
        </Fact>
        <Fact term="Vouchers remaining">
          {sub.remaining.vouchers} of {sub.allowance.vouchers}
        </Fact>
        <Fact term="Renewal">
          {sub.renews
            ? `Renews automatically; notice of non-renewal by ${formatLocalDate(sub.nonRenewalDeadline)}`
            : 'Ends with this term'}
        </Fact>
      </dl>
      <p>Unused days and vouchers expire at the end of each term.</p>
      {sub.bookings.length > 0 && (
        <table className="table">
          <caption className="table__caption">Bookings</caption>
          <thead>
            <tr>
              <th scope="col">Kind</th>
              <th scope="col">Days</th>
              <th scope="col">Person</th>
            </tr>
          </thead>
          <tbody>
            {sub.bookings.map((b) => (
              <tr key={b.id}>
                <td>{kindLabels[b.kind]}</td>
                <td>{b.days.map((d) => formatLocalDate(d)).join(', ') || '—'}</td>
                <td>{b.person ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {sub.ledger.some((e) => e.kind === 'expiry') && (
        <ul>
          {sub.ledger
            .filter((e) => e.kind === 'expiry')
            .map((e) => (
              <li key={e.termStart}>
                {formatLocalDate(e.date)}: {e.days} days and {e.vouchers} vouchers expired
              </li>
            ))}
        </ul>
      )}
      {sub.allowedActions.includes('book') && <BookingForm sub={sub} />}
    </section>
  );
}

const kindLabels = { remote: 'Remote days', onsite: 'On-site days', voucher: 'Academy voucher' } as const;

function BookingForm({ sub }: { sub: TTrmSubscription }) {
  const [kind, setKind] = useState<'remote' | 'onsite' | 'voucher'>('remote');
  const [from, setFrom] = useState('');
  const [count, setCount] = useState(1);
  const [person, setPerson] = useState('');
  const book = useApiMutation<object, TTrmSubscription>('POST', `/trm/subscriptions/${sub.id}/bookings`, [
    ['trm'],
  ]);
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const days = kind === 'voucher' ? undefined : consecutiveDays(from, count);
    await book.mutateAsync(kind === 'voucher' ? { kind, person } : { kind, days }).catch(() => undefined);
  }
  const prefix = `book-${sub.id}`;
  return (
    <form className="actions" onSubmit={submit} aria-label="Book TRM time">
      <div className="field">
        <label htmlFor={`${prefix}-kind`}>Booking</label>
        <select id={`${prefix}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
          {Object.entries(kindLabels).map(([id, label]) => (
            <option key={id} value={id}>
              {label}
            </option>
          ))}
        </select>
      </div>
      {kind === 'voucher' ? (
        <div className="field">
          <label htmlFor={`${prefix}-person`}>Attendee</label>
          <input id={`${prefix}-person`} value={person} onChange={(e) => setPerson(e.target.value)} />
        </div>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${prefix}-from`}>First day</label>
            <input
              id={`${prefix}-from`}
              type="date"
              required
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor={`${prefix}-count`}>Consecutive days</label>
            <input
              id={`${prefix}-count`}
              type="number"
              min={1}
              max={sub.allowance.days}
              value={count}
              onChange={(e) => setCount(Number(e.target.value))}
            />
          </div>
        </>
      )}
      <button type="submit" className="button button--primary" disabled={book.isPending}>
        Book
      </button>
      {book.isSuccess && <p role="status">Booked.</p>}
      {book.isError && (
        <div className="alert alert--error" role="alert">
          {describeError(book.error)}
        </div>
      )}
    </form>
  );
}

/** `count` calendar days from `from` (YYYY-MM-DD), as dates. */
function consecutiveDays(from: string, count: number): string[] {
  const start = Date.parse(`${from}T00:00:00Z`);
  return Array.from({ length: Math.max(1, count) }, (_, i) =>
    new Date(start + i * 86_400_000).toISOString().slice(0, 10),
  );
}

function UsagePanel({ list }: { list: TUsageList }) {
  return (
    <section className="panel" aria-labelledby="usage-heading">
      <h2 id="usage-heading">Usage data</h2>
      <p>
        Summary usage statistics only — no personal information or health data is collected.
        {list.optedOutAt
          ? ` Collection stopped on ${formatLocalDate(list.optedOutAt.slice(0, 10))} at your request.`
          : ''}
      </p>
      {list.items.length === 0 ? <p>No usage data has been received.</p> : <UsageChart days={list.items} />}
      {list.allowedActions.includes('export_usage') && (
        <p className="actions">
          <a className="button" href="/api/v1/usage/export?format=csv" download>
            Export CSV
          </a>
          <a className="button" href="/api/v1/usage/export?format=json" download>
            Export JSON
          </a>
        </p>
      )}
    </section>
  );
}
