import { Link, useParams } from 'react-router-dom';
import type { TCase } from '../../api/case-types.js';
import { useApiQuery } from '../../api/use-api.js';
import { CaseComments } from '../../components/case-comments.js';
import { CaseMilestonesPanel } from '../../components/case-milestones-panel.js';
import { CaseSummary } from '../../components/case-summary.js';
import { CaseTimeline } from '../../components/case-timeline.js';
import { QueryState } from '../../components/query-state.js';
import { describeCaseTitle } from '../../lib/case-labels.js';
import { usePageTitle } from '../../lib/use-page-title.js';
import { CaseActions } from './case-actions.js';

/** An agent's view of one case: facts, milestones, actions, and the conversation with internal notes. */
export function AgentCaseWorkspace() {
  const { caseId = '' } = useParams();
  const item = useApiQuery<TCase>(['cases', caseId], `/cases/${caseId}`);
  usePageTitle(item.data ? describeCaseTitle(item.data) : 'Case');
  return (
    <>
      <p className="breadcrumb">
        <Link to="/agent/queue">← Queue</Link>
      </p>
      <QueryState query={item}>
        {(data) => (
          <>
            <h1>{describeCaseTitle(data)}</h1>
            <CaseSummary item={data} />
            <CaseMilestonesPanel item={data} />
            <CaseActions item={data} />
            <CaseComments
              caseId={data.id}
              accountId={data.accountId}
              allowInternal={(data.allowedActions ?? []).includes('comment_internal')}
              canComment={(data.allowedActions ?? []).includes('comment')}
            />
            <CaseTimeline item={data} />
          </>
        )}
      </QueryState>
    </>
  );
}
