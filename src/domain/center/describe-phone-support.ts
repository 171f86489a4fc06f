import type { TPolicy } from '../packs/schema.js';
import { listCentrePhoneNumbers } from './choose-phone-numbers.js';

/**
 * The "phone us" paragraph of customer emails (IMP-48): the numbers of the centre serving the case,
 * by location, or how phone support starts when the policy gives no numbers (IVA-07 call-back).
 */
export function describePhoneSupport(
  policy: Pick<TPolicy, 'phone_numbers' | 'customer_center'>,
  centre: string,
): string {
  const numbers = listCentrePhoneNumbers(policy, centre);
  if (numbers.length > 0) {
    return `\n\nTo reach us by phone:\n${numbers.map((row) => `- ${row.location}: ${row.number}`).join('\n')}`;
  }
  const note = policy.customer_center.phone_note;
  return note ? `\n\n${note.text}` : '';
}
