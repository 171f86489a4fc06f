import { z } from 'zod';
import { highlightStart, highlightStop } from '../domain/center/search-highlight.js';

export const ZSegments = z
  .array(z.object({ text: z.string(), match: z.boolean() }))
  .describe('Highlighted fragment as text segments (render as text; matches marked)');

/** A `ts_headline` result (matches between the highlight markers) as plain-text segments. */
export function splitHighlight(text: string): z.infer<typeof ZSegments> {
  const segments: z.infer<typeof ZSegments> = [];
  const pattern = new RegExp(`${highlightStart}([^${highlightStop}]*)${highlightStop}`, 'g');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index), match: false });
    segments.push({ text: match[1] ?? '', match: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false });
  return segments;
}
