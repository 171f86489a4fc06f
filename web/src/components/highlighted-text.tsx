import type { TSegment } from '../api/center-types.js';

/** Search highlights from the API: plain-text segments, matches in <mark> (never HTML from the server). */
export function HighlightedText({ segments }: { segments: TSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <mark key={index}>{segment.text}</mark>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional and never reordered
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
