import { useState } from 'react';
import type { TSlaAttainmentRow, TSlaReport } from '../api/report-types.js';
import { useApiQuery } from '../api/use-api.js';
import { usePackCatalogue } from '../api/use-pack-catalogue.js';
import { CentreBreachChart } from '../components/charts/centre-breach-chart.js';
import { SlaAttainmentChart } from '../components/charts/sla-attainment-chart.js';
import { QueryState } from '../components/query-state.js';
import { currentTimeMs } from '../lib/clock.js';
import { pivotAttainment } from '../lib/sla-attainment.js';
import { usePageTitle } from '../lib/use-page-title.js';

const ranges = [
  { id: '4w', label: 'Last 4 weeks', days: 28, bucket: 'day' },
  { id: '12w', label: 'Last 12 weeks', days: 84, bucket: 'week' },
  { id: '12m', label: 'Last 12 months', days: 365, bucket: 'month' },
] as const;

const milestones = [
  { name: 'first_response', title: 'First response attainment' },
  { name: 'resolution', title: 'Resolution attainment' },
] as const;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const periodFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** SLA reports: attainment per plan × severity over time and breaches by centre (vendor staff). */
export function AgentReportsPage() {
  usePageTitle('SLA reports');
  const [rangeId, setRangeId] = useState<(typeof ranges)[number]['id']>('12w');
  const range = ranges.find((item) => item.id === rangeId) ?? ranges[1];
  const tomorrow = Math.floor(currentTimeMs() / 86_400_000) * 86_400_000 + 86_400_000;
  const query = {
    from: isoDay(tomorrow - range.days * 86_400_000),
    to: isoDay(tomorrow),
    bucket: range.bucket,
  };
  const report = useApiQuery<TSlaReport>(['reports', 'sla'], '/reports/sla', query);
  const { packs } = usePackCatalogue();
  // "Imprivata", "Ivanti": the vendor word of the pack name keeps legend entries short.
  const packNames = new Map(packs.map((pack) => [pack.id, pack.name.split(' ')[0] ?? pack.id] as const));
  const byPlan = (row: TSlaAttainmentRow) => `${packNames.get(row.pack) ?? row.pack} ${row.plan}`;
  const byPlanAndSeverity = (row: TSlaAttainmentRow) => `${byPlan(row)} ${row.severity}`;
  const formatPeriod = (iso: string) =>
    (range.bucket === 'month' ? monthFormat : periodFormat).format(new Date(iso));
  return (
    <>
      <div className="page-header">
        <h1>SLA reports</h1>
        <div className="field">
          <label htmlFor="report-range">Period</label>
          <select
            id="report-range"
            value={rangeId}
            onChange={(event) => setRangeId(event.target.value as typeof rangeId)}
          >
            {ranges.map((item) => (
              <option key={item.id} value={item.id}>
                {item.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">
        Promises due in the period; attainment is the share of decided ones (met or breached) that were met on
        time.
      </p>
      <QueryState query={report}>
        {(data) => (
          <div className="chart-grid">
            {milestones.map((milestone) => (
              <SlaAttainmentChart
                key={milestone.name}
                title={milestone.title}
                data={pivotAttainment(data.attainment, milestone.name, formatPeriod, byPlan)}
                detail={
                  pivotAttainment(data.attainment, milestone.name, formatPeriod, byPlanAndSeverity).totals
                }
              />
            ))}
            <CentreBreachChart
              centres={data.centres}
              describeCentre={(row) => `${packNames.get(row.pack) ?? row.pack} ${row.centre.toUpperCase()}`}
            />
          </div>
        )}
      </QueryState>
    </>
  );
}
