import type { TMonthDay, TMonthGrid } from '../lib/month-grid.js';

const weekdayNames = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function describeDay(cell: TMonthDay): string {
  if (cell.holiday) return `Holiday: ${cell.holiday}`;
  if (cell.open.length === 0) return 'Closed';
  return cell.open.map(([from, to]) => `${from}–${to}`).join(', ');
}

function dayClass(cell: TMonthDay): string {
  if (cell.holiday) return 'calendar__day--holiday';
  if (cell.closures.length > 0) return 'calendar__day--closure';
  if (cell.open.length === 0) return 'calendar__day--closed';
  return '';
}

/** A month of a support centre: open hours per day (centre local time), holidays, closures, openings. */
export function MonthCalendar({ grid, caption }: { grid: TMonthGrid; caption: string }) {
  return (
    <div className="scroll-x">
      <table className="calendar">
        <caption className="table__caption">{caption}</caption>
        <thead>
          <tr>
            {weekdayNames.map((name) => (
              <th key={name} scope="col">
                {name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {grid.weeks.map((week) => (
            <tr key={week.find((cell) => cell !== null)?.date}>
              {week.map((cell, index) =>
                cell === null ? (
                  // biome-ignore lint/suspicious/noArrayIndexKey: padding cells have no identity
                  <td key={`pad-${index}`} aria-hidden="true" />
                ) : (
                  <td key={cell.date} className={dayClass(cell)} data-date={cell.date}>
                    <span className="calendar__date">{cell.day}</span>
                    <span>{describeDay(cell)}</span>
                    {cell.closures.map((closure) => (
                      <span
                        key={`${closure.from}-${closure.to}-${closure.reason}`}
                        className="calendar__note"
                      >
                        Closed{closure.from ? ` ${closure.from}–${closure.to}` : ''}
                        {closure.reason ? `: ${closure.reason}` : ''}
                      </span>
                    ))}
                    {cell.opening && <span className="calendar__note">Opening: {cell.opening}</span>}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
