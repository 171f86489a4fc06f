import type { TMilestoneKind } from '../api/sla-types.js';
import { assessBreachRisk, type TBreachRisk } from '../lib/breach-risk.js';
import { describeInstant, findViewerTimeZone, formatDuration, type TInstant } from '../lib/format-time.js';
import { useNow } from '../lib/use-now.js';

export type TMilestoneCountdownProps = {
  kind: TMilestoneKind;
  due: string | null;
  /** Start of the window (case opened / re-timed); drives the 25% amber threshold. */
  start?: TInstant;
  centreZone?: string;
  centreLabel?: string;
  viewerZone?: string;
  /** Fixed time for rendering (tests, print). When absent the countdown ticks every second. */
  now?: TInstant;
};

const riskLabel: Record<TBreachRisk, string> = {
  ok: 'On track',
  at_risk: 'At risk',
  breached: 'Breached',
};

const kindLabel: Record<Exclude<TMilestoneKind, 'deadline'>, string> = {
  next_release: 'Next release',
  no_commitment: 'No commitment',
  not_eligible: 'Not eligible',
};

/** A milestone's due time as a live countdown, coloured by breach risk (green, amber, red). */
export function MilestoneCountdown(props: TMilestoneCountdownProps) {
  if (props.kind !== 'deadline' || props.due === null) {
    const text = props.kind === 'deadline' ? 'No due time' : kindLabel[props.kind];
    return <span className="countdown countdown--none">{text}</span>;
  }
  return props.now === undefined ? (
    <TickingCountdown {...props} due={props.due} />
  ) : (
    <CountdownView {...props} due={props.due} now={props.now} />
  );
}

function TickingCountdown(props: TMilestoneCountdownProps & { due: string }) {
  const now = useNow(1000);
  return <CountdownView {...props} now={now} />;
}

function CountdownView(props: TMilestoneCountdownProps & { due: string; now: TInstant }) {
  const assessment = assessBreachRisk({ due: props.due, now: props.now, start: props.start });
  const dueLabel = describeInstant(props.due, {
    viewer: props.viewerZone ?? findViewerTimeZone(),
    centre: props.centreZone,
    centreLabel: props.centreLabel,
  });
  const duration = formatDuration(assessment.remainingMs);
  const text = assessment.risk === 'breached' ? `overdue by ${duration}` : `${duration} left`;
  return (
    <span
      className={`countdown countdown--${assessment.risk}`}
      data-risk={assessment.risk}
      role="timer"
      title={`Due ${dueLabel.text} — ${dueLabel.title}`}
    >
      <span className="countdown__risk">{riskLabel[assessment.risk]}</span>
      <span className="countdown__time">{text}</span>
    </span>
  );
}
