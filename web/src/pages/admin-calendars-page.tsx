import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useApiQuery } from '../api/use-api.js';
import { usePackCatalogue } from '../api/use-pack-catalogue.js';
import { useAuth } from '../auth/auth-context.js';
import { MonthCalendar } from '../components/month-calendar.js';
import { QueryState } from '../components/query-state.js';
import { currentTime } from '../lib/clock.js';
import { buildMonthGrid } from '../lib/month-grid.js';
import { usePageTitle } from '../lib/use-page-title.js';
import { statusLabels, type TPackVersion } from './admin/pack-admin-types.js';

function currentMonth(): string {
  return currentTime().toISOString().slice(0, 7);
}

/** A support centre's month: GET /packs/:id/calendars/:centre?month=YYYY-MM. Choices live in the URL. */
export function AdminCalendarsPage() {
  usePageTitle('Calendars');
  const { client } = useAuth();
  const { packs } = usePackCatalogue();
  const [params, setParams] = useSearchParams();
  const packId = params.get('pack') ?? packs[0]?.id ?? '';
  const pack = packs.find((candidate) => candidate.id === packId);
  const centreId = params.get('centre') ?? pack?.centres[0]?.id ?? '';
  const centre = pack?.centres.find((candidate) => candidate.id === centreId);
  const month = params.get('month') ?? currentMonth();
  const version = params.get('version') ?? '';
  const choose = (changes: Record<string, string>) => {
    const next: Record<string, string> = { pack: packId, centre: centreId, month, version, ...changes };
    if (!next.version) delete next.version;
    setParams(next);
  };
  const versions = useApiQuery<{ items: TPackVersion[] }>(
    ['packs', packId, 'versions'],
    `/packs/${encodeURIComponent(packId)}/versions`,
    undefined,
    { enabled: Boolean(packId) },
  );

  const calendar = useQuery({
    queryKey: ['packs', packId, 'calendars', centreId, month, version],
    queryFn: async () =>
      buildMonthGrid(
        month,
        await client.get<unknown>(
          `/packs/${encodeURIComponent(packId)}/calendars/${encodeURIComponent(centreId)}`,
          {
            query: version ? { month, version } : { month },
          },
        ),
      ),
    enabled: Boolean(packId && centreId && /^\d{4}-\d{2}$/.test(month)),
  });

  return (
    <>
      <h1>Calendars</h1>
      <form className="filters" onSubmit={(event) => event.preventDefault()} aria-label="Choose a calendar">
        <div className="field field--inline">
          <label htmlFor="calendar-pack">Policy pack</label>
          <select
            id="calendar-pack"
            value={packId}
            onChange={(event) => choose({ pack: event.target.value, centre: '', version: '' })}
          >
            {packs.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="calendar-version">Version</label>
          <select
            id="calendar-version"
            value={version}
            onChange={(event) => choose({ version: event.target.value })}
          >
            <option value="">Current</option>
            {(versions.data?.items ?? []).map((candidate) => (
              <option key={candidate.version} value={candidate.version}>
                {candidate.version} ({statusLabels[candidate.status]})
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="calendar-centre">Support centre</label>
          <select
            id="calendar-centre"
            value={centreId}
            onChange={(event) => choose({ centre: event.target.value })}
          >
            {(pack?.centres ?? []).map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field field--inline">
          <label htmlFor="calendar-month">Month</label>
          <input
            id="calendar-month"
            type="month"
            value={month}
            onChange={(event) => event.target.value && choose({ month: event.target.value })}
          />
        </div>
      </form>
      <ul className="legend" aria-label="Legend">
        <li>
          <span className="legend__swatch" aria-hidden="true" /> Open (hours in centre time)
        </li>
        <li>
          <span className="legend__swatch calendar__day--closed" aria-hidden="true" /> Closed
        </li>
        <li>
          <span className="legend__swatch calendar__day--holiday" aria-hidden="true" /> Holiday
        </li>
        <li>
          <span className="legend__swatch calendar__day--closure" aria-hidden="true" /> Closure
        </li>
      </ul>
      {packId && centreId ? (
        <QueryState query={calendar}>
          {(grid) => (
            <MonthCalendar
              grid={grid}
              caption={`${centre?.name ?? centreId} — ${formatMonth(month)} (${grid.timezone})${version ? `, version ${version}` : ''}`}
            />
          )}
        </QueryState>
      ) : (
        <p className="muted" role="status">
          Loading packs…
        </p>
      )}
    </>
  );
}

function formatMonth(month: string): string {
  return new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}
