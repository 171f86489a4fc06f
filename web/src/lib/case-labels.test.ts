import { describe, expect, it } from 'vitest';
import { describeCaseTitle, describeStatus, humanise } from './case-labels.js';

describe('case labels', () => {
  it('names statuses for people, falling back to a readable form of unknown ones', () => {
    expect(describeStatus('waiting_on_customer')).toBe('Waiting on customer');
    expect(describeStatus('in_progress')).toBe('In progress');
    expect(describeStatus('on_hold')).toBe('On hold');
    expect(humanise('first_response')).toBe('First response');
  });

  it('titles a case with its number', () => {
    expect(describeCaseTitle({ number: 42, title: 'Login fails' })).toBe('#42 Login fails');
  });
});
