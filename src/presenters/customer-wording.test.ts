import { describe, expect, it } from 'vitest';
import { toCustomerWording } from './customer-wording.js';

describe('toCustomerWording', () => {
  it('keeps the clause text and drops the clause id, seed file name and reading id', () => {
    expect(
      toCustomerWording(
        'Target: Within 2 business hours — IMP-49 (seeds/000_bfac71f58467b066.txt § Service Levels): “Within 2 business hours” [reading T4].',
      ),
    ).toBe('Target: Within 2 business hours — “Within 2 business hours”.');
  });

  it('drops reading ids in parentheses, keeping other words', () => {
    expect(
      toCustomerWording('Opened during a scheduled closure; emergencies keep their normal targets (C7).'),
    ).toBe('Opened during a scheduled closure; emergencies keep their normal targets.');
    expect(
      toCustomerWording(
        'Phone call at 02:00 outside business hours is accepted for P0 on this plan and received when made (C1, IMP-50 (seeds/x.txt § Hours): “Emergency support is available”).',
      ),
    ).toBe(
      'Phone call at 02:00 outside business hours is accepted for P0 on this plan and received when made (“Emergency support is available”).',
    );
  });

  it('tells the customer to phone when a portal S1 is not eligible for the S1 target', () => {
    expect(
      toCustomerWording(
        'S1 reported via portal: not eligible for the S1 target (30 min); severity stays S1 and the agent should ask for a phone report — IVA-22 (seeds/x.txt § Response): “You must submit S1 Incidents to Ivanti by phone.”.',
      ),
    ).toBe(
      'S1 reported via portal: not eligible for the S1 target (30 min); to get this response target, phone support about the case — “You must submit S1 Incidents to Ivanti by phone.”.',
    );
  });

  it('drops placeholder notes and names raw field ids in plain words', () => {
    expect(
      toCustomerWording("PLACEHOLDER (T1): defaults to Mon–Fri. Edit to the vendor's published values."),
    ).toBe(null);
    expect(toCustomerWording('Still needed: systemConfiguration, reproductionSteps')).toBe(
      'Still needed: the system configuration, the steps to reproduce it',
    );
  });
});
