import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TSlaMilestone } from '../api/sla-types.js';
import { describeMilestoneName, SlaMilestones } from './sla-milestones.js';

const milestones: TSlaMilestone[] = [
  {
    name: 'first_response',
    due: '2026-03-02T16:00:00Z',
    kind: 'deadline',
    target: '2 business hours',
    clock: 'US centre business hours',
    explanation: ['Plan standard, severity P0: initial response within 2 business hours.'],
  },
  {
    name: 'resolution',
    due: null,
    kind: 'next_release',
    target: 'Next release',
    clock: 'none',
    explanation: [],
  },
];

describe('SlaMilestones', () => {
  it('renders each milestone with its target, due time, status and explanation', () => {
    const html = renderToStaticMarkup(
      <SlaMilestones
        milestones={milestones}
        start="2026-03-02T14:00:00Z"
        now="2026-03-02T15:45:00Z"
        viewerZone="UTC"
        centreZone="America/New_York"
      />,
    );
    expect(html).toContain('<th scope="row">First response<details');
    expect(html).toContain('Plan standard, severity P0: initial response within 2 business hours.');
    expect(html).toContain('Mon 2 Mar 2026, 16:00 UTC');
    expect(html).toContain('data-risk="at_risk"');
    expect(html).toContain('15m 00s left');
    expect(html).toContain('>Next release</span>');
  });

  it('shows a met milestone as met, with when, instead of a countdown', () => {
    const html = renderToStaticMarkup(
      <SlaMilestones
        milestones={[{ ...milestones[0], metAt: '2026-03-02T14:30:00Z' } as (typeof milestones)[0]]}
        now="2026-03-02T17:00:00Z"
        viewerZone="UTC"
      />,
    );
    expect(html).toContain('data-risk="met"');
    expect(html).toContain('Mon 2 Mar 2026, 14:30 UTC');
    expect(html).not.toContain('Breached');
  });

  it('says so when no milestone applies', () => {
    expect(renderToStaticMarkup(<SlaMilestones milestones={[]} />)).toContain('No SLA milestones apply.');
  });

  it('names milestones for people', () => {
    expect(describeMilestoneName('first_response')).toBe('First response');
    expect(describeMilestoneName('return_shipment')).toBe('Return shipment');
  });
});
