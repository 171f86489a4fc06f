import type { TCase, TTimelineEntry } from '../api/case-types.js';
import { useApiQuery } from '../api/use-api.js';
import { useCentreZones } from '../api/use-pack.js';
import { InstantTime } from './instant-time.js';
import { QueryState } from './query-state.js';

/**
 * The case's history in one list (GET /cases/:id/timeline): status, severity with the reason, tier,
 * assignment, routing, outcome, comments and SLA events, with who and when. Customers get the public part.
 */
export function CaseTimeline({ item }: { item: TCase }) {
  const timeline = useApiQuery<{ items: TTimelineEntry[] }>(
    ['cases', item.id, 'timeline'],
    `/cases/${item.id}/timeline`,
  );
  const centre = useCentreZones(item.packId).get(item.centre);
  return (
    <section className="panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">History</h2>
      <QueryState query={timeline}>
        {(data) => (
          <ol className="timeline">
            {data.items.map((entry) => (
              <li key={entry.id} data-kind={entry.kind}>
                <span className="timeline__meta">
                  <InstantTime value={entry.at} centreZone={centre?.timezone} centreLabel={centre?.name} />
                </span>
                <span>
                  {entry.text} <span className="timeline__meta">— {entry.who}</span>
                  {entry.visibility === 'internal' && <span className="timeline__internal">Internal</span>}
                </span>
              </li>
            ))}
          </ol>
        )}
      </QueryState>
    </section>
  );
}
