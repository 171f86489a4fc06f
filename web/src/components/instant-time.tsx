import { useMemo } from 'react';
import { describeInstant, findViewerTimeZone, type TInstant } from '../lib/format-time.js';

export type TInstantTimeProps = {
  value: TInstant;
  /** The support centre's IANA zone; shown on hover. */
  centreZone?: string;
  centreLabel?: string;
  /** Defaults to the browser's zone. */
  viewerZone?: string;
};

/** An instant in the viewer's zone; hovering shows the support centre's local time. */
export function InstantTime({ value, centreZone, centreLabel, viewerZone }: TInstantTimeProps) {
  const label = useMemo(
    () =>
      describeInstant(value, {
        viewer: viewerZone ?? findViewerTimeZone(),
        centre: centreZone,
        centreLabel,
      }),
    [value, centreZone, centreLabel, viewerZone],
  );
  return (
    <time dateTime={label.iso} title={label.title}>
      {label.text}
    </time>
  );
}
