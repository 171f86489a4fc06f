/**
 * One colour per severity in the charts, the most urgent of each pack reddest. Distinct across packs
 * (Imprivata P0–P3 and Ivanti S1–S4 can share a chart), so P0 and S3 never look alike.
 */
const known: Record<string, string> = {
  P0: '#a11b1b',
  P1: '#b35c00',
  P2: '#1f5fbf',
  P3: '#19632f',
  S1: '#6b1f5c',
  S2: '#7a5c00',
  S3: '#0f6b73',
  S4: '#4f5b6b',
};
const extra = ['#5b3fa6', '#8a3b12', '#2e6b3a', '#33415c'];

export function chooseSeverityColour(severity: string, index: number): string {
  return known[severity] ?? extra[index % extra.length] ?? '#4f5b6b';
}
