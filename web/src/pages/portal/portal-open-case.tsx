import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
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
import { usePageTitle } from '../../lib/use-page-title.js';
import { ArticleSuggestions } from '../center/article-suggestions.js';
import { PhoneAdvisory } from '../center/phone-advisory.js';

type TCaseCreate = {
  contractId: string;
  title: string;
  description: string;
  severity: string;
  details: Record<string, string>;
};

/** Open a case: contract, severity (with definitions), the details the pack requires, SLA preview. */
export function PortalOpenCase() {
  usePageTitle('Open a case');
  const contracts = useApiQuery<TPage<TContract>>(['contracts'], '/contracts', { limit: 100 });
  return (
    <>
      <p className="breadcrumb">
        <Link to="/portal/cases">← All cases</Link>
      </p>
      <h1>Open a case</h1>
      <QueryState query={contracts}>
        {(page) =>
          page.items.length === 0 ? (
            <p>Your account has no support contract, so cases cannot be opened yet.</p>
          ) : (
            <OpenCaseForm contracts={page.items} />
          )
        }
      </QueryState>
    </>
  );
}

function OpenCaseForm({ contracts }: { contracts: readonly TContract[] }) {
  const navigate = useNavigate();
  const usable = contracts.filter((contract) => contract.status === 'active');
  const choices = usable.length > 0 ? usable : contracts;
  const [contractId, setContractId] = useState(choices[0]?.id ?? '');
  const [severity, setSeverity] = useState('');
  // A prefilled title when coming from another page (e.g. the appliance page's "Request an RMA").
  const [params] = useSearchParams();
  const [title, setTitle] = useState(params.get('title') ?? '');
  const [description, setDescription] = useState('');
  const [details, setDetails] = useState<Record<string, string>>({});
  const contract = choices.find((candidate) => candidate.id === contractId);
  const pack = usePack(contract?.packId);
  const intakeFields = listIntakeFields(pack.data);
  const open = useApiMutation<TCaseCreate, TCase>('POST', '/cases', [['cases']]);
  const account = useApiQuery<TAccount>(
    ['accounts', contract?.accountId],
    `/accounts/${contract?.accountId}`,
    undefined,
    {
      enabled: Boolean(contract),
    },
  );
  const centreId = account.data ? pack.data?.regionCentres?.[account.data.region] : undefined;
  const centre = pack.data?.centres.find((candidate) => candidate.id === centreId);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const kept = Object.fromEntries(
      intakeFields
        .map((field) => [field.id, (details[field.id] ?? '').trim()] as const)
        .filter(([, value]) => value !== ''),
    );
    const created = await open
      .mutateAsync({
        contractId,
        title: title.trim(),
        description: description.trim(),
        severity,
        details: kept,
      })
      .catch(() => undefined);
    if (created) navigate(`/portal/cases/${created.id}`);
  }

  return (
    <div className="two-column">
      <form className="form panel" onSubmit={submit} aria-label="New case">
        <ContractField id="case-contract" contracts={choices} value={contractId} onChange={setContractId} />
        <CaseBasicsFields
          idPrefix="case"
          severities={pack.data?.severities ?? []}
          severity={severity}
          onSeverity={setSeverity}
          defaultSeverityHint="How much the problem affects your business."
          title={title}
          onTitle={setTitle}
          description={description}
          onDescription={setDescription}
        />
        {intakeFields.length > 0 && (
          <fieldset className="fieldset">
            <legend>Details your support policy asks for</legend>
            <IncidentDetailFields
              idPrefix="case-detail"
              fields={intakeFields}
              values={details}
              onChange={setDetails}
              enforceRequired
            />
          </fieldset>
        )}
        {open.isError && (
          <div className="alert alert--error" role="alert">
            {describeError(open.error)}
          </div>
        )}
        <button type="submit" className="button button--primary" disabled={open.isPending}>
          {open.isPending ? 'Opening…' : 'Open case'}
        </button>
      </form>
      <div>
        <ArticleSuggestions title={title} />
        <PhoneAdvisory packId={contract?.packId} severity={severity} />
        <SlaPreview
          input={
            contract && severity
              ? {
                  pack: contract.packId,
                  plan: contract.plan,
                  severity,
                  opened: currentTime().toISOString(),
                  channel: 'portal',
                  ...(centre ? { centre: centre.id } : {}),
                }
              : undefined
          }
          centreZone={centre?.timezone}
          centreLabel={centre?.name}
        />
      </div>
    </div>
  );
}
