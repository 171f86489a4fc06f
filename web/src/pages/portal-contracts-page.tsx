import type { TPage } from '../api/case-types.js';
import type { TContract } from '../api/record-types.js';
import { useApiQuery } from '../api/use-api.js';
import { usePack } from '../api/use-pack.js';
import { Fact } from '../components/fact.js';
import { QueryState } from '../components/query-state.js';
import { SlaMatrix } from '../components/sla-matrix.js';
import { humanise } from '../lib/case-labels.js';
import { formatLocalDate } from '../lib/format-date.js';
import { usePageTitle } from '../lib/use-page-title.js';

/** The account's contracts: plan, term, renewal, licences, and the SLA targets of the plan. */
export function PortalContractsPage() {
  usePageTitle('Contracts & plan');
  const contracts = useApiQuery<TPage<TContract>>(['contracts'], '/contracts', { limit: 100 });
  return (
    <>
      <h1>Contracts &amp; plan</h1>
      <QueryState query={contracts}>
        {(page) =>
          page.items.length === 0 ? (
            <p>Your account has no support contracts.</p>
          ) : (
            page.items.map((contract) => <ContractPanel key={contract.id} contract={contract} />)
          )
        }
      </QueryState>
    </>
  );
}

function ContractPanel({ contract }: { contract: TContract }) {
  const pack = usePack(contract.packId);
  const plan = pack.data?.plans.find((candidate) => candidate.id === contract.plan);
  const headingId = `contract-${contract.id}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {contract.reference} — {plan?.name ?? contract.plan} plan
      </h2>
      <dl className="facts">
        <Fact term="Status">{humanise(contract.status)}</Fact>
        <Fact term="Policy">{pack.data ? `${pack.data.name} ${pack.data.version}` : contract.packId}</Fact>
        <Fact term="Term">
          {formatLocalDate(contract.termStart)} – {formatLocalDate(contract.termEnd)}
        </Fact>
        <Fact term="Renewal">{contract.autoRenew ? 'Renews automatically' : 'Renew by agreement'}</Fact>
        {contract.licences !== undefined && <Fact term="Licences">{contract.licences}</Fact>}
        {plan?.channels && <Fact term="Channels">{plan.channels.map(humanise).join(', ')}</Fact>}
        {plan && (
          <Fact term="Named contacts">
            {plan.namedContacts === null || plan.namedContacts === undefined
              ? 'No limit'
              : plan.namedContacts}
          </Fact>
        )}
        {plan?.pinRequired && <Fact term="Phone PIN">Required on every call</Fact>}
      </dl>
      {pack.data && <SlaMatrix pack={pack.data} plans={[contract.plan]} />}
    </section>
  );
}
