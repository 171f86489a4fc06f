import type { TCustomerCenter } from '../../api/center-types.js';
import { useApiQuery } from '../../api/use-api.js';
import { PhoneNumbers } from './phone-numbers.js';

/** "Phone us" for the chosen severity, with the numbers for the customer's locations (IMP-48). */
export function PhoneAdvisory({ packId, severity }: { packId: string | undefined; severity: string }) {
  const center = useApiQuery<TCustomerCenter>(['customer-center'], '/customer-center', undefined, {
    enabled: Boolean(packId && severity),
  });
  const pack = center.data?.packs.find((candidate) => candidate.packId === packId);
  const advice = pack?.phoneAdvice.find((entry) => entry.severity === severity);
  if (!pack || !advice) return null;
  return (
    <section className="alert alert--warning" aria-labelledby="phone-advisory-heading" role="note">
      <h2 id="phone-advisory-heading">Phone us</h2>
      <p>{advice.text}</p>
      <PhoneNumbers pack={pack} />
    </section>
  );
}
