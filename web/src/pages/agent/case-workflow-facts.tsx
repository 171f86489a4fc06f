import { detailLabels, evidenceLabels, type TCaseWorkflow, tier3Categories } from './case-workflow-types.js';

function describeOutcome(item: TCaseWorkflow): string {
  const outcome = item.outcome;
  if (!outcome) return 'Not recorded';
  if (outcome.kind === 'product_defect') {
    const told = item.releaseNotifiedAt ? ' (customer told of the release)' : '';
    return `Product defect, fixed in ${outcome.fixVersion}${told}`;
  }
  const review = outcome.riskReview
    ? `risk review: ${outcome.riskReview.summary} (${outcome.riskReview.reviewedBy})`
    : 'risk review pending';
  return `Configuration change, ${outcome.done ? 'done' : 'pending'} — ${review}`;
}

function describeDetails(item: TCaseWorkflow): string {
  const missing = item.missingDetails ?? [];
  if ((item.requiredDetails ?? []).length === 0) return 'None required by the pack';
  if (missing.length === 0) return 'All required details supplied';
  return `Missing: ${missing.map((field) => detailLabels[field] ?? field).join(', ')}`;
}

/** What the workflow has recorded: missing details, escalation and Tier 3 checklist, outcome. */
export function CaseWorkflowFacts({ item }: { item: TCaseWorkflow }) {
  const category = tier3Categories.find((candidate) => candidate.id === item.tier3?.category);
  return (
    <section className="panel" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Workflow</h2>
      <dl className="case-details">
        <div>
          <dt>Incident details</dt>
          <dd>{describeDetails(item)}</dd>
        </div>
        <div>
          <dt>Escalation</dt>
          <dd>
            Tier {item.tier}
            {item.escalatedAt
              ? ` (escalated ${new Date(item.escalatedAt).toLocaleString()})`
              : ' (not escalated)'}
          </dd>
        </div>
        {item.tier3 && (
          <div>
            <dt>Tier 3: {category?.label ?? item.tier3.category}</dt>
            <dd>
              <ul>
                {item.tier3.checklist.map((entry) => (
                  <li key={entry.item}>
                    {entry.provided ? '✔ provided: ' : '○ not provided: '}
                    {evidenceLabels[entry.item] ?? entry.item}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        <div>
          <dt>Outcome</dt>
          <dd>{describeOutcome(item)}</dd>
        </div>
      </dl>
    </section>
  );
}
