import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TCase } from '../../api/case-types.js';
import { countBacklogByAge } from '../../lib/case-charts.js';
import { chooseSeverityColour } from '../../lib/severity-colours.js';
import { ChartTable } from './chart-table.js';

/** Open cases by age, stacked by severity; the numbers are also in a table for screen readers. */
export function BacklogAgeChart({ cases, now }: { cases: readonly TCase[]; now: number }) {
  const { rows, severities } = countBacklogByAge(cases, now);
  return (
    <figure className="panel chart-figure">
      <figcaption>
        <h2>Backlog by age</h2>
      </figcaption>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="age" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            {severities.map((severity, index) => (
              <Bar
                key={severity}
                dataKey={severity}
                stackId="age"
                fill={chooseSeverityColour(severity, index)}
              />
            ))}
          </BarChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        caption="Open cases by age and severity"
        rowKey="age"
        rowLabel="Age"
        columns={severities}
        rows={rows}
      />
    </figure>
  );
}
