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

const open = { status: 'open', sort: 'next_due', limit: 100 } as const;

/** Open cases above Tier 1 or escalated to the support manager, once each, next due first. */
export function mergeEscalated(...lists: readonly (readonly TCase[] | undefined)[]): TCase[] {
  const byId = new Map<string, TCase>();
  for (const item of lists.flatMap((list) => list ?? [])) if (!byId.has(item.id)) byId.set(item.id, item);
  return sortByNextDue([...byId.values()].filter(isOpenCase));
}

/**
 * Support manager: every open Tier 2/Tier 3 case and every case escalated to the support manager
 * (`GET /cases?escalated=true`, e.g. Ivanti S1 after 8 hours), next due first with breach-risk
 * colouring; the on-call queue (after-hours emergencies taken by phone); backlog age and SLA risk.
 */
export function SupportManagerPage() {
  usePageTitle('Support manager');
  const now = useNow(60_000);
  const { packs } = usePackCatalogue();
  const centreNames = new Map(
    packs.flatMap((pack) => pack.centres.map((centre) => [centre.id, centre.name] as const)),
  );
  const escalated = useApiQuery<TPage<TCase>>(['cases', 'escalated'], '/cases', { ...open, escalated: true });
  const tier2 = useApiQuery<TPage<TCase>>(['cases', 'tier', 2], '/cases', { ...open, tier: 2 });
  const tier3 = useApiQuery<TPage<TCase>>(['cases', 'tier', 3], '/cases', { ...open, tier: 3 });
  const onCall = useApiQuery<TPage<TCase>>(['cases', 'on-call'], '/cases', { ...open, queue: 'on_call' });
  const overview = useApiQuery<TPage<TCase>>(['cases', 'overview'], '/cases', {
    sort: 'next_due',
    limit: 100,
  });
  return (
    <>
      <h1>Support manager</h1>
      <QueryState query={tier3}>
        {(page) => {
          const cases = mergeEscalated(escalated.data?.items, tier2.data?.items, page.items);
          return (
            <CaseTable
              cases={cases}
              caption={`Tier 2–3 and escalated cases: ${cases.length}`}
              basePath="/agent/queue"
              showRouting
            />
          );
        }}
      </QueryState>
      <h2>On-call queue</h2>
      <QueryState query={onCall}>
        {(page) => (
          <CaseTable
            cases={sortByNextDue(page.items)}
            caption={`After-hours emergencies taken by phone: ${page.items.length}`}
            basePath="/agent/queue"
            showRouting
          />
        )}
      </QueryState>
      <QueryState query={overview}>
        {(page) => {
          const openCases = page.items.filter(isOpenCase);
          return (
            <>
              <div className="chart-grid">
                <BacklogAgeChart cases={openCases} now={now} />
                <CentreRiskChart
                  cases={openCases}
                  now={now}
                  describeCentre={(id) => centreNames.get(id) ?? id}
                />
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
