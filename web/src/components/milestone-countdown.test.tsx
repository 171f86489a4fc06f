import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { InstantTime } from './instant-time.js';
import { MilestoneCountdown } from './milestone-countdown.js';

const start = '2026-03-02T14:00:00Z';
const due = '2026-03-02T18:00:00Z';

function render(now: string) {
  return renderToStaticMarkup(
    <MilestoneCountdown
      kind="deadline"
      due={due}
      start={start}
      now={now}
      viewerZone="UTC"
      centreZone="America/New_York"
      centreLabel="US"
    />,
  );
}

describe('MilestoneCountdown', () => {
  it('is green with the time left while more than a quarter of the window remains', () => {
    const html = render('2026-03-02T15:00:00Z');
    expect(html).toContain('data-risk="ok"');
    expect(html).toContain('countdown--ok');
    expect(html).toContain('On track');
    expect(html).toContain('3h 00m left');
    expect(html).toContain(
      'title="Due Mon 2 Mar 2026, 18:00 UTC — US support centre: Mon 2 Mar 2026, 13:00 GMT-5"',
    );
  });

  it('is amber in the last quarter and red once due has passed', () => {
    const amber = render('2026-03-02T17:15:00Z');
    expect(amber).toContain('data-risk="at_risk"');
    expect(amber).toContain('At risk');
    expect(amber).toContain('45m 00s left');
    const red = render('2026-03-02T18:20:30Z');
    expect(red).toContain('data-risk="breached"');
    expect(red).toContain('Breached');
    expect(red).toContain('overdue by 20m 30s');
  });

  it('names milestones without a due time instead of counting down', () => {
    expect(renderToStaticMarkup(<MilestoneCountdown kind="next_release" due={null} />)).toContain(
      'Next release',
    );
    expect(renderToStaticMarkup(<MilestoneCountdown kind="no_commitment" due={null} />)).toContain(
      'No commitment',
    );
    expect(renderToStaticMarkup(<MilestoneCountdown kind="not_eligible" due={null} />)).toContain(
      'Not eligible',
    );
  });
});

describe('InstantTime', () => {
  it('shows the viewer zone with the centre zone on hover and a machine-readable datetime', () => {
    const html = renderToStaticMarkup(
      <InstantTime
        value="2026-11-24T15:00:00Z"
        viewerZone="Asia/Tokyo"
        centreZone="Europe/London"
        centreLabel="EMEA"
      />,
    );
    expect(html).toBe(
      '<time dateTime="2026-11-24T15:00:00.000Z" title="EMEA support centre: Tue 24 Nov 2026, 15:00 GMT">Wed 25 Nov 2026, 00:00 GMT+9</time>',
    );
  });
});
