import type { TCustomerCenter } from '../../api/center-types.js';

type TPack = TCustomerCenter['packs'][number];

/** "Phone us": the numbers for the customer's locations (IMP-48), or how phone support starts. */
export function PhoneNumbers({ pack, showAll = false }: { pack: TPack; showAll?: boolean }) {
  if (pack.phoneNumbers.length === 0) {
    return pack.phoneNote ? <p>{pack.phoneNote.text}</p> : null;
  }
  return (
    <>
      <ul className="phone-list" aria-label={`Phone numbers for your locations (${pack.vendor})`}>
        {pack.phoneNumbers.map((row) => (
          <li key={row.number}>
            {row.location}: <a href={`tel:${row.number.replace(/[^+\d]/g, '')}`}>{row.number}</a>
          </li>
        ))}
      </ul>
      {showAll && (
        <details>
          <summary>All support numbers</summary>
          <table className="table">
            <tbody>
              {pack.allPhoneNumbers.map((row) => (
                <tr key={row.number}>
                  <th scope="row">{row.location}</th>
                  <td>{row.number}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </>
  );
}
