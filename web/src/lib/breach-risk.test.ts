import { describe, expect, it } from 'vitest';
import { assessBreachRisk } from './breach-risk.js';

const start = '2026-03-02T09:00:00Z';
const due = '2026-03-02T13:00:00Z'; // a 4-hour window

describe('assessBreachRisk', () => {
  it.each([
    { now: '2026-03-02T09:00:00Z', risk: 'ok', fraction: 1 },
    { now: '2026-03-02T11:00:00Z', risk: 'ok', fraction: 0.5 },
    { now: '2026-03-02T11:59:00Z', risk: 'ok', fraction: 61 / 240 },
    { now: '2026-03-02T12:00:00Z', risk: 'at_risk', fraction: 0.25 },
    { now: '2026-03-02T12:59:59Z', risk: 'at_risk', fraction: 1 / 14_400 },
    { now: '2026-03-02T13:00:00Z', risk: 'breached', fraction: 0 },
    { now: '2026-03-02T15:00:00Z', risk: 'breached', fraction: 0 },
  ])('at $now the milestone is $risk', ({ now, risk, fraction }) => {
    const result = assessBreachRisk({ start, due, now });
    expect(result.risk).toBe(risk);
    expect(result.fractionLeft).toBeCloseTo(fraction, 6);
    expect(result.remainingMs).toBe(Date.parse(due) - Date.parse(now));
  });

  it('without a start, turns amber in the last hour', () => {
    expect(assessBreachRisk({ due, now: '2026-03-02T11:59:59Z' }).risk).toBe('ok');
    expect(assessBreachRisk({ due, now: '2026-03-02T12:00:00Z' }).risk).toBe('at_risk');
    expect(assessBreachRisk({ due, now: '2026-03-02T13:00:01Z' })).toEqual({
      risk: 'breached',
      remainingMs: -1000,
      fractionLeft: undefined,
    });
  });

  it('accepts epoch milliseconds and Date objects', () => {
    const result = assessBreachRisk({
      start: Date.parse(start),
      due: new Date(due),
      now: Date.parse(due) - 1,
    });
    expect(result.risk).toBe('at_risk');
    expect(result.remainingMs).toBe(1);
  });

  it('treats a start at or after due as unknown rather than dividing by zero', () => {
    const result = assessBreachRisk({ start: due, due, now: '2026-03-02T10:00:00Z' });
    expect(result.fractionLeft).toBeUndefined();
    expect(result.risk).toBe('ok');
  });
});
