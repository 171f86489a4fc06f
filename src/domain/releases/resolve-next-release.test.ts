import { describe, expect, it } from 'vitest';
import { assessNextReleaseMilestone, describeFixPlan, findNextRelease } from './resolve-next-release.js';

const roadmap = [
  { version: '7.4', ga: '2026-12-15', containsFix: false },
  { version: '7.3', ga: '2026-09-01', shippedOn: '2026-09-01', containsFix: false },
  { version: '7.5', ga: '2027-03-01', containsFix: true },
];

describe('next-release resolution (C6, IMP-51)', () => {
  it('IMP-51 the due date is the GA of the first release scheduled after the defect was confirmed', () => {
    expect(assessNextReleaseMilestone(roadmap, '2026-09-10')).toMatchObject({
      state: 'pending',
      due: '2026-12-15',
      version: '7.4',
    });
  });

  it('IMP-51 a release on the day of confirmation does not count; the next one does', () => {
    expect(findNextRelease(roadmap, '2026-09-01')?.version).toBe('7.4');
    expect(findNextRelease(roadmap, '2026-08-31')?.version).toBe('7.3');
  });

  it('IMP-51 a release that ships without the fix breaches the milestone', () => {
    expect(assessNextReleaseMilestone(roadmap, '2026-08-31')).toMatchObject({
      state: 'breached',
      due: '2026-09-01',
      code: 'release.shipped_without_fix',
    });
  });

  it('IMP-51 a release that ships with the fix meets it', () => {
    const shipped = roadmap.map((r) => (r.version === '7.3' ? { ...r, containsFix: true } : r));
    expect(assessNextReleaseMilestone(shipped, '2026-08-31').state).toBe('met');
  });

  it('no release scheduled after confirmation: no due date', () => {
    expect(assessNextReleaseMilestone(roadmap, '2027-03-01')).toMatchObject({
      state: 'unscheduled',
      due: null,
    });
  });
});

describe('fix plan (IMP-59)', () => {
  it('IMP-59 shows the estimated timeline from the roadmap: the release planned to carry the fix', () => {
    const plan = describeFixPlan(roadmap, '2026-09-10');
    expect(plan.estimatedFixVersion).toBe('7.5');
    expect(plan.estimatedFixDate).toBe('2027-03-01');
    expect(plan.steps.map((s) => s.version)).toEqual(['7.4', '7.5']);
  });
});
