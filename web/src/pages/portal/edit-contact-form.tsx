import { type FormEvent, useState } from 'react';
import type { TContact } from '../../api/record-types.js';
import { describeContactError } from '../../lib/contact-errors.js';
import { useContactChange } from './use-contact-change.js';

/** Edits one named contact in place (name, email, phone, 24x7); Cancel or a saved change closes it. */
export function EditContactForm({
  contact,
  limit,
  onClose,
}: {
  contact: TContact;
  limit: number | null;
  onClose: () => void;
}) {
  const [name, setName] = useState(contact.name);
  const [email, setEmail] = useState(contact.email);
  const [phone, setPhone] = useState(contact.phone ?? '');
  const [is24x7Contact, setIs24x7Contact] = useState(contact.is24x7Contact ?? false);
  const { update } = useContactChange(contact.id);
  const prefix = `edit-contact-${contact.id}`;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const saved = await update
      .mutateAsync({ name: name.trim(), email: email.trim(), phone: phone.trim() || null, is24x7Contact })
      .catch(() => undefined);
    if (saved) onClose();
  }

  return (
    <form className="form" onSubmit={submit} aria-label={`Edit ${contact.name}`}>
      <div className="field">
        <label htmlFor={`${prefix}-name`}>Name</label>
        <input
          id={`${prefix}-name`}
          required
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-email`}>Email</label>
        <input
          id={`${prefix}-email`}
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${prefix}-phone`}>Phone (optional)</label>
        <input
          id={`${prefix}-phone`}
          type="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={is24x7Contact}
          onChange={(event) => setIs24x7Contact(event.target.checked)}
        />
        Reachable 24x7
      </label>
      {update.isError && (
        <div className="alert alert--error" role="alert">
          {describeContactError(update.error, limit)}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={update.isPending}>
          {update.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="button button--ghost" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
