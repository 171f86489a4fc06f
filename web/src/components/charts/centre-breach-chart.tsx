import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TSlaReport } from '../../api/report-types.js';
import { ChartTable } from './chart-table.js';

/** Deadlines due in the period per support centre: breached vs the rest. */
export function CentreBreachChart({
  centres,
  describeCentre,
}: {
  centres: TSlaReport['centres'];
  describeCentre: (row: { pack: string; centre: string }) => string;
}) {
  const rows = centres.map((row) => ({
    centre: describeCentre(row),
    breached: row.breached,
    kept: row.total - row.breached,
  }));
  return (
    <figure className="panel chart-figure">
      <figcaption>
        <h2>Breaches by centre</h2>
      </figcaption>
      {rows.length === 0 ? (
        <p className="muted">No deadlines were due in this period.</p>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis
                  dataKey="centre"
                  interval={0}
                  tick={{ fontSize: 11 }}
                  angle={-20}
                  textAnchor="end"
                  height={56}
                />
                <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
                <Tooltip />
                <Legend />
                <Bar
                  dataKey="breached"
                  name="Breached"
                  stackId="c"
                  fill="#a11b1b"
                  isAnimationActive={false}
                />
                <Bar
                  dataKey="kept"
                  name="Met or pending"
                  stackId="c"
                  fill="#19632f"
                  isAnimationActive={false}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
          <ChartTable
            caption="Deadlines due per centre"
            rowKey="centre"
            rowLabel="Centre"
            columns={['breached', 'kept']}
            columnLabels={{ breached: 'Breached', kept: 'Met or pending' }}
            rows={rows}
          />
        </>
      )}
    </figure>
  );
}
