import { useState } from 'react';
import { describeError } from '../../api/api-error.js';
import { deadlineLabels, rmaTypeLabels, type TRma } from '../../api/rma-types.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';
import { Fact } from '../../components/fact.js';
import { InstantTime } from '../../components/instant-time.js';
import { QueryState } from '../../components/query-state.js';
import { currentTime } from '../../lib/clock.js';
import { formatLocalDate } from '../../lib/format-date.js';

const eventLabels = {
  unit_received: 'Defective unit received',
  replacement_shipped: 'Replacement shipped',
  replacement_delivered: 'Replacement delivered',
  unit_returned: 'Defective unit returned',
} as const;
type TEventKind = keyof typeof eventLabels;

/** One RMA for vendor staff: deadlines with why-this-date (clauses), notes, events, charge decision. */
export function RmaDetail({ rmaId }: { rmaId: string }) {
  const rma = useApiQuery<TRma>(['rmas', rmaId], `/rmas/${rmaId}`);
  return (
    <section className="panel" aria-labelledby="rma-detail-title">
      <QueryState query={rma}>{(row) => <RmaDetailBody rma={row} />}</QueryState>
    </section>
  );
}

function RmaDetailBody({ rma }: { rma: TRma }) {
  const [kind, setKind] = useState<TEventKind>('unit_received');
  const event = useApiMutation<object, TRma>('POST', `/rmas/${rma.id}/events`, [
    ['rmas'],
    ['rma', 'appliances'],
  ]);
  const charge = useApiMutation<object, TRma>('POST', `/rmas/${rma.id}/charge`, [['rmas']]);
  return (
    <>
      <h2 id="rma-detail-title">{rmaTypeLabels[rma.type]}</h2>
      <dl className="facts">
        <Fact term="Status">{rma.status}</Fact>
        <Fact term="Plan / centre">
          {rma.plan} / {rma.centre}
        </Fact>
        <Fact term="Shipping">{rma.shipping}</Fact>
        <Fact term="Warranty ends">{formatLocalDate(rma.warrantyEnd)}</Fact>
        <Fact term="Flags">{rma.flags.length > 0 ? rma.flags.join(', ') : '—'}</Fact>
      </dl>
      {(rma.deadlines ?? []).map((d) => (
        <div key={d.name}>
          <h3>
            {deadlineLabels[d.name]} <InstantTime value={d.due} />
            {d.done ? (d.met ? ' — met' : ' — missed') : ''}
          </h3>
          <ul aria-label={`Why this date: ${deadlineLabels[d.name]}`}>
            {d.explanation.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      {(rma.notes ?? []).length > 0 && (
        <ul aria-label="Notes">
          {(rma.notes ?? []).map((note) => (
            <li key={note}>{note}</li>
          ))}
        </ul>
      )}
      {rma.allowedActions.includes('record_event') && (
        <p className="actions">
          <label htmlFor="rma-event">Record</label>
          <select id="rma-event" value={kind} onChange={(e) => setKind(e.target.value as TEventKind)}>
            {Object.entries(eventLabels).map(([id, label]) => (
              <option key={id} value={id}>
                {label}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button"
            disabled={event.isPending}
            onClick={() =>
              void event.mutateAsync({ kind, at: currentTime().toISOString() }).catch(() => undefined)
            }
          >
            Record now
          </button>
        </p>
      )}
      {rma.charge && (
        <p>
          Charge {rma.charge.status}
          {rma.charge.amountMinor !== null
            ? `: ${(rma.charge.amountMinor / 100).toFixed(2)} ${rma.charge.currency}`
            : ''}
        </p>
      )}
      {rma.allowedActions.includes('decide_charge') && (
        <p className="actions">
          <button
            type="button"
            className="button"
            onClick={() => void charge.mutateAsync({ decision: 'approved' })}
          >
            Approve charge
          </button>
          <button
            type="button"
            className="button"
            onClick={() => void charge.mutateAsync({ decision: 'declined' })}
          >
            Decline charge
          </button>
        </p>
      )}
      {[event, charge].map((m, i) =>
        m.isError ? (
          <div key={i === 0 ? 'event' : 'charge'} className="alert alert--error" role="alert">
            {describeError(m.error)}
          </div>
        ) : null,
      )}
    </>
  );
}
