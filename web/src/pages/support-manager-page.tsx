import type { TCase, TPage } from '../api/case-types.js';
import { useApiQuery } from '../api/use-api.js';
import { usePackCatalogue } from '../api/use-pack-catalogue.js';
import { CaseTable } from '../components/case-table.js';
import { BacklogAgeChart } from '../components/charts/backlog-age-chart.js';
import { CentreRiskChart } from '../components/charts/centre-risk-chart.js';
import { QueryState } from '../components/query-state.js';
import { isOpenCase } from '../lib/case-charts.js';
import { sortByNextDue } from '../lib/queue-options.js';
import { useNow } from '../lib/use-now.js';
import { usePageTitle } from '../lib/use-page-title.js';

/** Support manager: escalated (Tier 2–3) open cases, backlog by age and SLA risk by centre. */
export function SupportManagerPage() {
  usePageTitle('Support manager');
  const now = useNow(60_000);
  const { packs } = usePackCatalogue();
  const centreNames = new Map(
    packs.flatMap((pack) => pack.centres.map((centre) => [centre.id, centre.name] as const)),
  );
  const cases = useApiQuery<TPage<TCase>>(['cases', 'overview'], '/cases', { sort: 'next_due', limit: 100 });
  return (
    <>
      <h1>Support manager</h1>
      <QueryState query={cases}>
        {(page) => {
          const open = page.items.filter(isOpenCase);
          const escalated = sortByNextDue(open.filter((item) => item.tier >= 2));
          return (
            <>
              <CaseTable
                cases={escalated}
                caption={`Escalated cases (Tier 2 and 3): ${escalated.length}`}
                basePath="/agent/queue"
                showRouting
              />
              <div className="chart-grid">
                <BacklogAgeChart cases={open} now={now} />
                <CentreRiskChart cases={open} now={now} describeCentre={(id) => centreNames.get(id) ?? id} />
              </div>
              {page.nextCursor && (
                <p className="muted">The charts show the first {page.items.length} cases by next due time.</p>
              )}
            </>
          );
        }}
      </QueryState>
    </>
  );
}
