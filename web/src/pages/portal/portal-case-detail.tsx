import { Link, useParams } from 'react-router-dom';
import { useApiQuery } from '../../api/use-api.js';
import { CaseComments } from '../../components/case-comments.js';
import { CaseMilestonesPanel } from '../../components/case-milestones-panel.js';
import { CaseSummary } from '../../components/case-summary.js';
import { CaseTimeline } from '../../components/case-timeline.js';
import { QueryState } from '../../components/query-state.js';
import { describeCaseTitle } from '../../lib/case-labels.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import type { TCaseWorkflow } from '../agent/case-workflow-types.js';
import { SupplyDetailsForm } from './supply-details-form.js';

/** One case as the customer sees it: facts, SLA milestones with why, and the public conversation. */
export function PortalCaseDetail() {
  const { caseId = '' } = useParams();
  const item = useApiQuery<TCaseWorkflow>(['cases', caseId], `/cases/${caseId}`);
  usePageTitle(item.data ? describeCaseTitle(item.data) : 'Case');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/portal/cases">← All cases</Link>
      </p>
      <QueryState query={item}>
        {(data) => (
          <>
            <h1>{describeCaseTitle(data)}</h1>
            <CaseSummary item={data} />
            <SupplyDetailsForm item={data} />
            <CaseMilestonesPanel item={data} />
            <CaseComments
              caseId={data.id}
              accountId={data.accountId}
              canComment={(data.allowedActions ?? []).includes('comment')}
            />
            <CaseTimeline item={data} />
          </>
        )}
      </QueryState>
    </>
  );
}
