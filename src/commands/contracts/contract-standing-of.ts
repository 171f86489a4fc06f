import { assessContractStanding, type TContractStanding } from '../../domain/contracts/contract-standing.js';
import type { TPolicy } from '../../domain/packs/schema.js';
import type { TStandingFacts } from '../../repositories/contract-facts-repository.js';

export type TStandingContractRow = {
  id: string;
  term_start: string;
  term_end: string;
  auto_renew: boolean;
  service_withheld_on: string | null;
};

/**
 * The pure contract standing from stored rows: the contract's term history (a contract stored before
 * term history existed counts its own term as the only stored one), notices and invoices.
 */
export function standingOf(
  policy: TPolicy,
  contract: TStandingContractRow,
  facts: TStandingFacts,
  today: string,
): TContractStanding {
  const terms = facts.terms.filter((term) => term.contract_id === contract.id);
  return assessContractStanding(
    policy,
    {
      autoRenew: contract.auto_renew,
      terms:
        terms.length > 0
          ? terms.map((term) => ({ start: term.term_start, end: term.term_end }))
          : [{ start: contract.term_start, end: contract.term_end }],
      notices: facts.notices
        .filter((notice) => notice.contract_id === contract.id)
        .map((notice) => ({
          id: notice.id,
          kind: notice.kind,
          fromParty: notice.from_party,
          receivedOn: notice.received_on,
          version: notice.version,
          reason: notice.reason,
          curedOn: notice.cured_on,
        })),
      invoices: facts.invoices
        .filter((invoice) => invoice.contract_id === contract.id)
        .map((invoice) => ({ id: invoice.id, dueOn: invoice.due_on, paidOn: invoice.paid_on })),
      serviceWithheldOn: contract.service_withheld_on,
    },
    today,
  );
}
