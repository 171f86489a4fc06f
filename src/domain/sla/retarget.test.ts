import { describe, expect, it } from 'vitest';
import { getBuiltInPack } from '../packs/registry.js';
import type { TPolicy } from '../packs/schema.js';
import { resolveSla } from './resolve-sla.js';
import { retargetMilestones, type TTrackedMilestone } from './retarget.js';
import type { TSlaInput } from './types.js';

const imprivata = getBuiltInPack('imprivata-onesign');
const t = (iso: string) => Date.parse(iso);
const iso = (ms: number | null | undefined) => (ms == null ? null : new Date(ms).toISOString());
const dueOf = (milestones: readonly TTrackedMilestone[], name: string) =>
  iso(milestones.find((m) => m.name === name)?.due);

// Imprivata US, opened Tue 2026-11-24 10:00 EST (in hours).
const opened = t('2026-11-24T10:00:00-05:00');

function start(input: Omit<TSlaInput, 'opened'>) {
  const sla: TSlaInput = { ...input, opened };
  return { sla, milestones: resolveSla(imprivata, sla).milestones };
}

describe('retargetMilestones', () => {
  it('recomputes from opening on a severity change (P2 → P1) and records the reason', () => {
    const { sla, milestones } = start({ plan: 'standard', severity: 'P2', centre: 'us' });
    expect(dueOf(milestones, 'first_response')).toBe(iso(t('2026-11-25T10:00:00-05:00')));
    const at = t('2026-11-24T11:00:00-05:00');
    const result = retargetMilestones({
      policy: imprivata,
      sla,
      milestones,
      change: { kind: 'severity', severity: 'P1' },
      at,
      reason: 'agreed with customer',
    });
    expect(dueOf(result.milestones, 'first_response')).toBe(iso(t('2026-11-24T14:00:00-05:00')));
    expect(dueOf(result.milestones, 'resolution')).toBe(iso(t('2026-12-04T10:00:00-05:00')));
    expect(result.records).toContainEqual(
      expect.objectContaining({
        milestone: 'resolution',
        rule: 'recompute_from_opening',
        reason: 'agreed with customer',
        previousKind: 'next_release',
        newKind: 'deadline',
        at,
      }),
    );
    expect(result.sla.severity).toBe('P1');
  });

  it('never changes a completed milestone', () => {
    const { sla, milestones } = start({ plan: 'standard', severity: 'P2', centre: 'us' });
    const done = milestones.map((m) =>
      m.name === 'first_response' ? { ...m, completedAt: t('2026-11-24T10:30:00-05:00') } : m,
    );
    const result = retargetMilestones({
      policy: imprivata,
      sla,
      milestones: done,
      change: { kind: 'severity', severity: 'P0' },
      at: t('2026-11-24T11:00:00-05:00'),
      reason: 'outage',
    });
    expect(dueOf(result.milestones, 'first_response')).toBe(iso(t('2026-11-25T10:00:00-05:00')));
    expect(result.records.find((r) => r.milestone === 'first_response')?.rule).toBe('completed');
  });

  it('carries consumed time on a plan change (recompute from the change)', () => {
    const { sla, milestones } = start({ plan: 'standard', severity: 'P1', centre: 'us' });
    // 1 of Standard's 4 business hours used; Premium P1 = 2 business hours → 1 hour left at 11:00.
    const result = retargetMilestones({
      policy: imprivata,
      sla,
      milestones,
      change: { kind: 'plan', plan: 'premium' },
      at: t('2026-11-24T11:00:00-05:00'),
      reason: 'upgrade',
    });
    expect(dueOf(result.milestones, 'first_response')).toBe(iso(t('2026-11-24T12:00:00-05:00')));
    expect(dueOf(result.milestones, 'resolution')).toBe(iso(t('2026-12-02T10:00:00-05:00')));
  });

  it('gives a past due time when the consumed time already exceeds the new target', () => {
    const { sla, milestones } = start({ plan: 'standard', severity: 'P1', centre: 'us' });
    const result = retargetMilestones({
      policy: imprivata,
      sla,
      milestones,
      change: { kind: 'plan', plan: 'premium' },
      at: t('2026-11-24T13:00:00-05:00'),
      reason: 'upgrade',
    });
    expect(dueOf(result.milestones, 'first_response')).toBe(iso(t('2026-11-24T12:00:00-05:00')));
  });

  it('never loses paused time when recomputing from opening', () => {
    const { sla, milestones } = start({ plan: 'standard', severity: 'P1', centre: 'us' });
    const pauses = [{ from: t('2026-11-24T11:00:00-05:00'), to: t('2026-11-24T13:00:00-05:00') }];
    // P0: 2 business hours = 10:00–11:00 + 13:00–14:00.
    const result = retargetMilestones({
      policy: imprivata,
      sla,
      milestones,
      pauses,
      change: { kind: 'severity', severity: 'P0' },
      at: t('2026-11-24T13:00:00-05:00'),
      reason: 'production down',
    });
    expect(dueOf(result.milestones, 'first_response')).toBe(iso(t('2026-11-24T14:00:00-05:00')));
  });

  it('moves the remaining time to the new centre calendar on a centre change', () => {
    const { sla, milestones } = start({ plan: 'standard', severity: 'P1', centre: 'us' });
    // 1h used in the US; 3h left from 16:00 UTC in London: 2h until 18:00, then Wed 08:00–09:00.
    const result = retargetMilestones({
      policy: imprivata,
      sla,
      milestones,
      change: { kind: 'centre', centre: 'emea' },
      at: t('2026-11-24T16:00:00Z'),
      reason: 'account moved to EMEA',
    });
    expect(dueOf(result.milestones, 'first_response')).toBe(iso(t('2026-11-25T09:00:00Z')));
  });

  it('recomputes from opening when a holiday edit lands', () => {
    const { sla, milestones } = start({ plan: 'standard', severity: 'P2', centre: 'us' });
    const edited: TPolicy = {
      ...imprivata,
      centres: imprivata.centres.map((c) =>
        c.id === 'us'
          ? { ...c, calendar: { ...c.calendar, holidays: [...c.calendar.holidays, '2026-11-25'] } }
          : c,
      ),
    };
    const result = retargetMilestones({
      policy: imprivata,
      sla,
      milestones,
      change: { kind: 'calendar', policy: edited },
      at: t('2026-11-24T12:00:00-05:00'),
      reason: 'office closed 2026-11-25',
    });
    expect(dueOf(result.milestones, 'first_response')).toBe(iso(t('2026-11-27T10:00:00-05:00')));
    expect(result.records.map((r) => r.rule)).toEqual(['recompute_from_opening', 'recompute_from_opening']);
  });

  it('adds and removes escalations when the severity crosses S1 (Ivanti Enterprise)', () => {
    const ivanti = getBuiltInPack('ivanti');
    const sla: TSlaInput = {
      plan: 'enterprise',
      severity: 'S2',
      opened,
      centre: 'americas',
      channel: 'phone',
    };
    const milestones = resolveSla(ivanti, sla).milestones;
    const up = retargetMilestones({
      policy: ivanti,
      sla,
      milestones,
      change: { kind: 'severity', severity: 'S1' },
      at: opened + 600_000,
      reason: 'agreed S1',
    });
    expect(dueOf(up.milestones, 'escalation')).toBe(iso(t('2026-11-24T18:00:00-05:00')));
    expect(up.records.find((r) => r.milestone === 'escalation')?.rule).toBe('added');
    const down = retargetMilestones({
      policy: ivanti,
      sla: up.sla,
      milestones: up.milestones,
      change: { kind: 'severity', severity: 'S2' },
      at: opened + 1_200_000,
      reason: 'agreed S2',
    });
    expect(down.milestones.some((m) => m.name === 'escalation')).toBe(false);
    expect(down.records.find((r) => r.milestone === 'escalation')?.rule).toBe('removed');
  });
});
