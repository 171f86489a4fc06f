import type { TCase } from '../../api/case-types.js';
import { CaseWorkflowFacts } from './case-workflow-facts.js';
import type { TCaseWorkflow } from './case-workflow-types.js';
import { ChangeSeverityForm } from './change-severity-form.js';
import { EscalateForm } from './escalate-form.js';
import { OutcomeForm } from './outcome-form.js';
import { RequestDetailsForm } from './request-details-form.js';
import { StatusButtons } from './status-buttons.js';

/** What an agent may do with the case, as the API's allowedActions say (the UI never re-derives it). */
export function CaseActions({ item }: { item: TCase }) {
  const allowed = new Set(item.allowedActions ?? []);
  const workflow = item as TCaseWorkflow;
  return (
    <>
      <CaseWorkflowFacts item={workflow} />
      <section className="panel" aria-labelledby="actions-heading">
        <h2 id="actions-heading">Actions</h2>
        <StatusButtons item={item} allowed={allowed} />
        {allowed.has('change_severity') && <ChangeSeverityForm item={item} />}
        {allowed.has('escalate') && <EscalateForm item={item} />}
        {allowed.has('request_details') && <RequestDetailsForm item={workflow} />}
        {allowed.has('set_outcome') && <OutcomeForm item={workflow} />}
      </section>
    </>
  );
}
