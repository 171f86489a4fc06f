import { type FormEvent, useState } from 'react';
import { describeError } from '../../api/api-error.js';
import { useApiMutation } from '../../api/use-api.js';
import { IncidentDetailFields } from '../../components/case-intake-fields.js';
import { detailedInformationFields, type TIntakeField } from '../../lib/intake-fields.js';
import type { TCaseWorkflow } from '../agent/case-workflow-types.js';

/**
 * The incident details the support policy requires and the case still lacks (IVA-23), for the
 * customer to supply: PATCH /cases/:id {details}; the list empties as they arrive.
 */
export function SupplyDetailsForm({ item }: { item: TCaseWorkflow }) {
  const missing = item.missingDetails ?? [];
  const [values, setValues] = useState<Record<string, string>>({});
  const save = useApiMutation<{ details: Record<string, string> }, unknown>('PATCH', `/cases/${item.id}`, [
    ['cases'],
  ]);
  if (missing.length === 0 || !(item.allowedActions ?? []).includes('comment')) return null;
  const fields: TIntakeField[] = missing.map(
    (id) => detailedInformationFields.find((field) => field.id === id) ?? { id, label: id, required: true },
  );
  const filled = Object.fromEntries(Object.entries(values).filter(([, value]) => value.trim() !== ''));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await save.mutateAsync({ details: filled }).then(
      () => setValues({}),
      () => undefined,
    );
  }

  return (
    <section className="panel" aria-labelledby="supply-details-heading">
      <h2 id="supply-details-heading">Details we still need</h2>
      <p className="muted">Your support policy asks for these to work on the case.</p>
      <form onSubmit={submit}>
        <IncidentDetailFields
          idPrefix="supply"
          fields={fields}
          values={values}
          onChange={setValues}
          enforceRequired={false}
        />
        <button
          type="submit"
          className="button button--primary"
          disabled={save.isPending || Object.keys(filled).length === 0}
        >
          Send details
        </button>
        {save.isError && (
          <div className="alert alert--error" role="alert">
            {describeError(save.error)}
          </div>
        )}
      </form>
    </section>
  );
}
