import type { TSlaMilestone } from '../api/sla-types.js';
import type { TInstant } from '../lib/format-time.js';
import { InstantTime } from './instant-time.js';
import { MilestoneCountdown } from './milestone-countdown.js';

/** A milestone, plus when it was met or breached when the case API says so. */
export type TMilestoneRow = TSlaMilestone & { metAt?: string | null; breachedAt?: string | null };

export type TSlaMilestonesProps = {
  milestones: readonly TMilestoneRow[];
  /** When the clock started (case opened or re-timed): the countdowns' colour thresholds use it. */
  start?: TInstant;
  centreZone?: string;
  centreLabel?: string;
  viewerZone?: string;
  now?: TInstant;
};

const milestoneNames: Record<string, string> = {
  first_response: 'First response',
  resolution: 'Resolution',
  escalation: 'Escalation',
};

export function describeMilestoneName(name: string): string {
  return milestoneNames[name] ?? name.replaceAll('_', ' ').replace(/^./, (first) => first.toUpperCase());
}

/** The SLA milestones of a case (GET /cases/:id/sla): due time, live countdown, and why. */
export function SlaMilestones({
  milestones,
  start,
  centreZone,
  centreLabel,
  viewerZone,
  now,
}: TSlaMilestonesProps) {
  if (milestones.length === 0) return <p className="muted">No SLA milestones apply.</p>;
  return (
    <div className="sla-milestones">
      <table className="table">
        <caption className="table__caption">Service level milestones</caption>
        <thead>
          <tr>
            <th scope="col">Milestone</th>
            <th scope="col">Target</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {milestones.map((milestone) => (
            <tr key={milestone.name}>
              <th scope="row">
                {describeMilestoneName(milestone.name)}
                {milestone.explanation.length > 0 && (
                  <details className="milestone__why">
                    <summary>Why this due date</summary>
                    <ul>
                      {milestone.explanation.map((line) => (
                        <li key={line}>{line}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </th>
              <td>
                {milestone.target}
                <div className="muted">{milestone.clock}</div>
              </td>
              <td>
                {milestone.due ? (
                  <InstantTime
                    value={milestone.due}
                    centreZone={centreZone}
                    centreLabel={centreLabel}
                    viewerZone={viewerZone}
                  />
                ) : (
                  '—'
                )}
              </td>
              <td>
                {milestone.metAt ? (
                  <span className="countdown countdown--ok" data-risk="met">
                    <span className="countdown__risk">Met</span>
                    <InstantTime
                      value={milestone.metAt}
                      centreZone={centreZone}
                      centreLabel={centreLabel}
                      viewerZone={viewerZone}
                    />
                  </span>
                ) : (
                  <MilestoneCountdown
                    kind={milestone.kind}
                    due={milestone.due}
                    start={start}
                    now={now}
                    centreZone={centreZone}
                    centreLabel={centreLabel}
                    viewerZone={viewerZone}
                  />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
