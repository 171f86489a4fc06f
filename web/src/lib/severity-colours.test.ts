import { describe, expect, it } from 'vitest';
import { chooseSeverityColour } from './severity-colours.js';

describe('chooseSeverityColour', () => {
  it('gives every severity of both built-in packs its own colour (P0 and S3 differ)', () => {
    const ids = ['P0', 'P1', 'P2', 'P3', 'S1', 'S2', 'S3', 'S4'];
    const colours = ids.map((id, index) => chooseSeverityColour(id, index));
    expect(new Set(colours).size).toBe(ids.length);
    expect(chooseSeverityColour('P0', 0)).not.toBe(chooseSeverityColour('S3', 6));
  });
});
