import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TAttainmentSeries } from '../../lib/sla-attainment.js';
import { ChartTable } from './chart-table.js';

const palette = ['#1f4e9c', '#a11b1b', '#19632f', '#b35c00', '#6b3fa0', '#0f6b73', '#7a5c00', '#4a4a4a'];

/**
 * SLA attainment (% of decided promises met) over time, one line per series of `data` (pack and
 * plan), with the totals of `detail` (pack, plan and severity) behind "Show numbers".
 */
export function SlaAttainmentChart({
  title,
  data,
  detail,
}: {
  title: string;
  data: TAttainmentSeries;
  detail: TAttainmentSeries['totals'];
}) {
  return (
    <figure className="panel chart-figure">
      <figcaption>
        <h2>{title}</h2>
      </figcaption>
      {data.series.length === 0 ? (
        <p className="muted">No promises were due in this period.</p>
      ) : (
        <>
          <div className="chart" aria-hidden="true">
            <ResponsiveContainer width="100%" height="100%">
              <LineChart data={data.rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" vertical={false} />
                <XAxis dataKey="period" tick={{ fontSize: 12 }} />
                <YAxis domain={[0, 100]} unit="%" tick={{ fontSize: 12 }} />
                <Tooltip formatter={(value) => `${value}%`} />
                <Legend />
                {data.series.map((name, index) => (
                  <Line
                    key={name}
                    dataKey={name}
                    name={name}
                    stroke={palette[index % palette.length]}
                    strokeWidth={2}
                    connectNulls
                    isAnimationActive={false}
                  />
                ))}
              </LineChart>
            </ResponsiveContainer>
          </div>
          <ChartTable
            caption={`${title}: met and breached per plan and severity over the whole period`}
            rowKey="series"
            rowLabel="Plan · severity"
            columns={['met', 'breached', 'rate']}
            columnLabels={{ met: 'Met', breached: 'Breached', rate: 'Attainment %' }}
            rows={detail.map((total) => ({ ...total, rate: total.rate ?? '—' }))}
          />
        </>
      )}
    </figure>
  );
}
