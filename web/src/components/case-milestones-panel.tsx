import type { TCase } from '../api/case-types.js';
import type { TCaseSla } from '../api/sla-types.js';
import { useApiQuery } from '../api/use-api.js';
import { useCentreZones } from '../api/use-pack.js';
import { QueryState } from './query-state.js';
import { SlaMilestones, type TMilestoneRow } from './sla-milestones.js';

/** GET /cases/:id/sla (targets, due times and why), merged with the case's met/breached stamps. */
export function CaseMilestonesPanel({ item }: { item: TCase }) {
  const sla = useApiQuery<TCaseSla>(['cases', item.id, 'sla'], `/cases/${item.id}/sla`);
  const centre = useCentreZones(item.packId).get(item.centre);
  return (
    <section className="panel" aria-labelledby="milestones-heading">
      <h2 id="milestones-heading">Service levels</h2>
      {item.clockNotice && (
        <p className="alert alert--warning" role="note">
          {item.clockNotice}
        </p>
      )}
      <QueryState query={sla}>
        {(data) => (
          <SlaMilestones
            milestones={mergeMilestones(data.milestones, item)}
            start={item.openedAt}
            centreZone={centre?.timezone}
            centreLabel={centre?.name}
          />
        )}
      </QueryState>
    </section>
  );
}

/** The SLA view explains; the case view knows which milestones were met or breached. */
export function mergeMilestones(sla: TCaseSla['milestones'], item: TCase): TMilestoneRow[] {
  const stamps = new Map((item.milestones ?? []).map((milestone) => [milestone.name, milestone]));
  return sla.map((milestone) => {
    const stamp = stamps.get(milestone.name);
    const own = milestone as TMilestoneRow;
    return {
      ...milestone,
      metAt: own.metAt ?? stamp?.metAt ?? null,
      breachedAt: own.breachedAt ?? stamp?.breachedAt ?? null,
    };
  });
}
