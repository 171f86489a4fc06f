import type { TCase } from '../api/case-types.js';
import { MilestoneCountdown } from './milestone-countdown.js';

/** A case row's next-due cell: "needs a phone call", a countdown to the next deadline, or none. */
export function CaseDueCell({
  item,
  zone,
}: {
  item: TCase;
  zone: { centreZone?: string; centreLabel?: string };
}) {
  return (
    <td>
      {item.needsPhoneCall ? (
        <span className="countdown countdown--breached">Needs a phone call</span>
      ) : item.nextDueAt ? (
        <MilestoneCountdown kind="deadline" due={item.nextDueAt} start={item.openedAt} {...zone} />
      ) : (
        <span className="countdown countdown--none">No pending deadline</span>
      )}
    </td>
  );
}
