import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TCase } from '../../api/case-types.js';
import { countRiskByCentre } from '../../lib/case-charts.js';
import { ChartTable } from './chart-table.js';

const series = [
  { key: 'breached', label: 'Breached', colour: '#a11b1b' },
  { key: 'at_risk', label: 'At risk', colour: '#b35c00' },
  { key: 'ok', label: 'On track', colour: '#19632f' },
] as const;

/** Open cases per support centre by the state of their SLA: breached, at risk, on track. */
export function CentreRiskChart({
  cases,
  now,
  describeCentre,
}: {
  cases: readonly TCase[];
  now: number;
  describeCentre: (id: string) => string;
}) {
  const rows = countRiskByCentre(cases, now, describeCentre);
  return (
    <figure className="panel chart-figure">
      <figcaption>
        <h2>Breaches and risk by centre</h2>
      </figcaption>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis
              dataKey="centre"
              tick={{ fontSize: 12 }}
              interval={0}
              angle={-20}
              textAnchor="end"
              height={56}
            />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            {series.map((item) => (
              <Bar key={item.key} dataKey={item.key} name={item.label} stackId="risk" fill={item.colour} />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        caption="Open cases by centre and SLA state"
        rowKey="centre"
        rowLabel="Centre"
        columns={series.map((item) => item.key)}
        columnLabels={Object.fromEntries(series.map((item) => [item.key, item.label]))}
        rows={rows}
      />
    </figure>
  );
}
