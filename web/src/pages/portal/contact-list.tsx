import { useState } from 'react';
import type { TContact } from '../../api/record-types.js';
import { ContactRowActions } from './contact-row-actions.js';
import { EditContactForm } from './edit-contact-form.js';

/** The account's named contacts; a customer admin edits, removes or re-activates them in place. */
export function ContactList({ contacts, limit }: { contacts: readonly TContact[]; limit: number | null }) {
  const [editing, setEditing] = useState<string | null>(null);
  if (contacts.length === 0) return <p className="muted">No named contacts yet.</p>;
  const manageable = contacts.some((contact) => (contact.allowedActions ?? []).length > 0);
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
          {manageable && <th scope="col">Change</th>}
        </tr>
      </thead>
      <tbody>
        {contacts.map((contact) =>
          editing === contact.id ? (
            <tr key={contact.id}>
              <td colSpan={manageable ? 6 : 5}>
                <EditContactForm contact={contact} limit={limit} onClose={() => setEditing(null)} />
              </td>
            </tr>
          ) : (
            <tr key={contact.id}>
              <th scope="row">{contact.name}</th>
              <td>{contact.email}</td>
              <td>{contact.phone ?? '—'}</td>
              <td>{contact.is24x7Contact ? 'Yes' : 'No'}</td>
              <td>{contact.readOnly ? 'Read-only (over the plan limit)' : 'Active'}</td>
              {manageable && (
                <td>
                  <ContactRowActions contact={contact} limit={limit} onEdit={() => setEditing(contact.id)} />
                </td>
              )}
            </tr>
          ),
        )}
      </tbody>
    </table>
  );
}
