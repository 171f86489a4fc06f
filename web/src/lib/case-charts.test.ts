import { describe, expect, it } from 'vitest';
import { countBacklogByAge, countRiskByCentre } from './case-charts.js';

const now = '2026-03-10T12:00:00Z';

describe('countBacklogByAge', () => {
  it('buckets open cases by age and severity, leaving resolved and closed ones out', () => {
    const { rows, severities } = countBacklogByAge(
      [
        { status: 'new', openedAt: '2026-03-10T10:00:00Z', severity: 'S1' },
        { status: 'in_progress', openedAt: '2026-03-08T12:00:00Z', severity: 'S2' },
        { status: 'waiting_on_customer', openedAt: '2026-01-01T00:00:00Z', severity: 'S2' },
        { status: 'resolved', openedAt: '2026-03-10T11:00:00Z', severity: 'S1' },
        { status: 'closed', openedAt: '2026-03-01T00:00:00Z', severity: 'S3' },
      ],
      now,
    );
    expect(severities).toEqual(['S1', 'S2']);
    expect(rows).toEqual([
      { age: 'Under 1 day', S1: 1, S2: 0 },
      { age: '1–3 days', S1: 0, S2: 1 },
      { age: '3–7 days', S1: 0, S2: 0 },
      { age: '1–4 weeks', S1: 0, S2: 0 },
      { age: 'Over 4 weeks', S1: 0, S2: 1 },
    ]);
  });
});

describe('countRiskByCentre', () => {
  it('counts on-track, at-risk and breached open cases per centre', () => {
    const rows = countRiskByCentre(
      [
        // 4h window, 3h left → on track
        { status: 'new', centre: 'us', openedAt: '2026-03-10T11:00:00Z', nextDueAt: '2026-03-10T15:00:00Z' },
        // 4h window, 30m left → at risk
        { status: 'new', centre: 'us', openedAt: '2026-03-10T08:30:00Z', nextDueAt: '2026-03-10T12:30:00Z' },
        // due passed → breached
        {
          status: 'in_progress',
          centre: 'emea',
          openedAt: '2026-03-09T08:00:00Z',
          nextDueAt: '2026-03-10T08:00:00Z',
        },
        // a milestone marked breached by the API, next deadline far away
        {
          status: 'in_progress',
          centre: 'emea',
          openedAt: '2026-03-01T08:00:00Z',
          nextDueAt: '2026-04-01T08:00:00Z',
          milestones: [
            { name: 'first_response', kind: 'deadline', due: null, breachedAt: '2026-03-01T10:00:00Z' },
          ],
        },
        {
          status: 'closed',
          centre: 'emea',
          openedAt: '2026-03-09T08:00:00Z',
          nextDueAt: '2026-03-09T09:00:00Z',
        },
      ],
      now,
      (id) => id.toUpperCase(),
    );
    expect(rows).toEqual([
      { centre: 'EMEA', ok: 0, at_risk: 0, breached: 2 },
      { centre: 'US', ok: 1, at_risk: 1, breached: 0 },
    ]);
  });
});
