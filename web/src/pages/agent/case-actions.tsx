import type { TCase } from '../../api/case-types.js';
import { ChangeSeverityForm } from './change-severity-form.js';
import { EscalateForm } from './escalate-form.js';
import { StatusButtons } from './status-buttons.js';

/** What an agent may do with the case, as the API's allowedActions say (the UI never re-derives it). */
export function CaseActions({ item }: { item: TCase }) {
  const allowed = new Set(item.allowedActions ?? []);
  return (
    <section className="panel" aria-labelledby="actions-heading">
      <h2 id="actions-heading">Actions</h2>
      <StatusButtons item={item} allowed={allowed} />
      {allowed.has('change_severity') && <ChangeSeverityForm item={item} />}
      {allowed.has('escalate') && <EscalateForm item={item} />}
    </section>
  );
}
