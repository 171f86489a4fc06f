import { usePack } from '../../api/use-pack.js';
import { InstantTime } from '../../components/instant-time.js';
import { detailLabels, type TCaseWorkflow } from './case-workflow-types.js';

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
  const pack = usePack(item.packId);
  const tier3 = pack.data?.escalationTiers?.[2];
  const category = tier3?.categories.find((candidate) => candidate.id === item.tier3?.category);
  const evidenceName = (id: string) => tier3?.evidence.find((entry) => entry.id === id)?.name ?? id;
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
            {item.escalatedAt ? (
              <>
                {item.tier > 1 ? ' — escalated ' : ' — back at Tier 1; first escalated '}
                <InstantTime value={item.escalatedAt} />
              </>
            ) : (
              ' — not escalated'
            )}
          </dd>
        </div>
        {item.tier3 && (
          <div>
            <dt>Tier 3: {category?.name ?? item.tier3.category}</dt>
            <dd>
              <ul>
                {item.tier3.checklist.map((entry) => (
                  <li key={entry.item}>
                    {entry.provided ? '✔ provided: ' : '○ not provided: '}
                    {evidenceName(entry.item)}
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
