import type { TPublishedCalendar } from '../../api/center-types.js';
import { formatLocalDate } from '../../lib/format-date.js';

/** One support centre's published calendar: weekly hours, holidays and closures for this year and next. */
export function CentreCalendar({ calendar }: { calendar: TPublishedCalendar }) {
  const headingId = `centre-${calendar.centre}`;
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{calendar.name}</h3>
      <p className="muted">
        {calendar.location ? `${calendar.location} · ` : ''}Serves {calendar.serves} · Times in{' '}
        {calendar.timezone}
      </p>
      <table className="table">
        <caption>Opening hours</caption>
        <tbody>
          {calendar.weeklyHours.map((day) => (
            <tr key={day.day}>
              <th scope="row">{day.day}</th>
              <td>
                {day.hours.length === 0
                  ? 'Closed'
                  : day.hours.map((span) => `${span.from}–${span.to}`).join(', ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="table">
        <caption>
          Holidays {calendar.years[0]} and {calendar.years[1]} (closed)
        </caption>
        <tbody>
          {calendar.holidays.map((holiday) => (
            <tr key={holiday.date}>
              <th scope="row">{formatLocalDate(holiday.date)}</th>
              <td>{holiday.name}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h4>Scheduled closures</h4>
      {calendar.closures.length === 0 ? (
        <p className="muted">No closures are scheduled.</p>
      ) : (
        <ul>
          {calendar.closures.map((closure) => (
            <li key={`${closure.date}-${closure.from}`}>
              {formatLocalDate(closure.date)} {closure.from}–{closure.to}
              {closure.reason ? `: ${closure.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
