import type { TContact } from '../../api/record-types.js';

export function ContactList({ contacts }: { contacts: readonly TContact[] }) {
  if (contacts.length === 0) return <p className="muted">No named contacts yet.</p>;
  return (
    <table className="table">
      <caption className="table__caption">Named contacts</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Phone</th>
          <th scope="col">24x7 contact</th>
          <th scope="col">State</th>
        </tr>
      </thead>
      <tbody>
        {contacts.map((contact) => (
          <tr key={contact.id}>
            <th scope="row">{contact.name}</th>
            <td>{contact.email}</td>
            <td>{contact.phone ?? '—'}</td>
            <td>{contact.is24x7Contact ? 'Yes' : 'No'}</td>
            <td>{contact.readOnly ? 'Read-only (over the plan limit)' : 'Active'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
