import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TUsageDay } from '../../api/training-types.js';
import { ChartTable } from './chart-table.js';

/** Daily usage (active users, sessions, logins) summed over installations; numbers also in a table. */
export function UsageChart({ days }: { days: readonly TUsageDay[] }) {
  const byDay = new Map<string, { day: string; activeUsers: number; sessions: number; logins: number }>();
  for (const d of days) {
    const row = byDay.get(d.day) ?? { day: d.day, activeUsers: 0, sessions: 0, logins: 0 };
    row.activeUsers += d.activeUsers;
    row.sessions += d.sessions;
    row.logins += d.logins;
    byDay.set(d.day, row);
  }
  const rows = [...byDay.values()];
  const labels = { activeUsers: 'Active users', sessions: 'Sessions', logins: 'Logins' };
  return (
    <figure className="panel chart-figure" data-testid="usage-chart">
      <figcaption>
        <h2>Daily usage</h2>
      </figcaption>
      <div className="chart" aria-hidden="true">
        <ResponsiveContainer width="100%" height="100%">
          <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="day" tick={{ fontSize: 12 }} />
            <YAxis allowDecimals={false} tick={{ fontSize: 12 }} />
            <Tooltip />
            <Legend />
            <Line type="monotone" dataKey="activeUsers" name={labels.activeUsers} stroke="#1f5fbf" />
            <Line type="monotone" dataKey="sessions" name={labels.sessions} stroke="#19632f" />
            <Line type="monotone" dataKey="logins" name={labels.logins} stroke="#b35c00" />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <ChartTable
        caption="Daily usage"
        rowKey="day"
        rowLabel="Day"
        columns={['activeUsers', 'sessions', 'logins']}
        columnLabels={labels}
        rows={rows}
      />
    </figure>
  );
}
