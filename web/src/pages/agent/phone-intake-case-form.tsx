import { type FormEvent, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { describeError } from '../../api/api-error.js';
import type { TCase, TPage } from '../../api/case-types.js';
import type { TAccount, TContract } from '../../api/record-types.js';
import { useApiMutation, useApiQuery } from '../../api/use-api.js';
import { usePack } from '../../api/use-pack.js';
import {
  CaseBasicsFields,
  ContractField,
  IncidentDetailFields,
} from '../../components/case-intake-fields.js';
import { QueryState } from '../../components/query-state.js';
import { SlaPreview } from '../../components/sla-preview.js';
import { currentTime } from '../../lib/clock.js';
import { listIntakeFields } from '../../lib/intake-fields.js';
import type { TPinVerification } from './phone-intake-pin.js';

type TPhoneCaseCreate = {
  accountId: string;
  contractId: string;
  verificationId?: string;
  title: string;
  description: string;
  severity: string;
  details: Record<string, string>;
};
type TPhoneCaseResult = { case: TCase; intake: { queue: string; afterHours: boolean; notes: string[] } };

/** Step 3: the case for the call (channel phone), with the SLA preview it will get. */
export function PhoneIntakeCaseForm({
  account,
  verification,
}: {
  account: TAccount;
  verification: TPinVerification | undefined;
}) {
  const contracts = useApiQuery<TPage<TContract>>(['contracts', 'account', account.id], '/contracts', {
    accountId: account.id,
    limit: 100,
  });
  return (
    <section aria-labelledby="intake-case-heading">
      <h2 id="intake-case-heading">3. The case</h2>
      <QueryState query={contracts}>
        {(page) => {
          const active = page.items.filter((contract) => contract.status === 'active');
          return active.length === 0 ? (
            <p>This account has no active support contract, so the call cannot be logged as a case.</p>
          ) : (
            <CaseForm account={account} contracts={active} verification={verification} />
          );
        }}
      </QueryState>
    </section>
  );
}

function CaseForm({
  account,
  contracts,
  verification,
}: {
  account: TAccount;
  contracts: readonly TContract[];
  verification: TPinVerification | undefined;
}) {
  const navigate = useNavigate();
  const [contractId, setContractId] = useState(contracts[0]?.id ?? '');
  const [severity, setSeverity] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [details, setDetails] = useState<Record<string, string>>({});
  const contract = contracts.find((candidate) => candidate.id === contractId);
  const pack = usePack(contract?.packId);
  const plan = pack.data?.plans.find((candidate) => candidate.id === contract?.plan);
  const intakeFields = listIntakeFields(pack.data);
  const centreId = pack.data?.regionCentres?.[account.region];
  const centre = pack.data?.centres.find((candidate) => candidate.id === centreId);
  const open = useApiMutation<TPhoneCaseCreate, TPhoneCaseResult>('POST', '/phone-intake/cases', [['cases']]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const kept = Object.fromEntries(
      intakeFields
        .map((field) => [field.id, (details[field.id] ?? '').trim()] as const)
        .filter(([, value]) => value !== ''),
    );
    const created = await open
      .mutateAsync({
        accountId: account.id,
        contractId,
        ...(verification ? { verificationId: verification.verificationId } : {}),
        title: title.trim(),
        description: description.trim(),
        severity,
        details: kept,
      })
      .catch(() => undefined);
    if (created) navigate(`/agent/queue/${created.case.id}`);
  }

  return (
    <div className="two-column">
      <form className="form panel" onSubmit={submit} aria-label="Phone case">
        <ContractField id="intake-contract" contracts={contracts} value={contractId} onChange={setContractId}>
          {plan?.pinRequired && !verification && (
            <p className="field__hint">
              The {plan.name} plan needs a verified PIN before the case can be opened.
            </p>
          )}
        </ContractField>
        <CaseBasicsFields
          idPrefix="intake"
          severities={pack.data?.severities ?? []}
          severity={severity}
          onSeverity={setSeverity}
          defaultSeverityHint="How much the problem affects the caller’s business."
          title={title}
          onTitle={setTitle}
          description={description}
          onDescription={setDescription}
        />
        {intakeFields.length > 0 && (
          <fieldset className="fieldset">
            <legend>Details the support policy asks for</legend>
            <IncidentDetailFields
              idPrefix="intake-detail"
              fields={intakeFields}
              values={details}
              onChange={setDetails}
              enforceRequired={false}
            />
          </fieldset>
        )}
        {open.isError && (
          <div className="alert alert--error" role="alert">
            {describeError(open.error)}
          </div>
        )}
        <button type="submit" className="button button--primary" disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open phone case'}
        </button>
      </form>
      <SlaPreview
        input={
          contract && severity
            ? {
                pack: contract.packId,
                plan: contract.plan,
                severity,
                opened: currentTime().toISOString(),
                channel: 'phone',
                ...(verification ? { pinVerified: true } : {}),
                ...(centre ? { centre: centre.id } : {}),
              }
            : undefined
        }
        centreZone={centre?.timezone}
        centreLabel={centre?.name}
      />
    </div>
  );
}
