import { type FormEvent, useState } from 'react';
import type { TContact } from '../../api/record-types.js';
import { useApiMutation } from '../../api/use-api.js';
import { describeContactError } from '../../lib/contact-errors.js';

type TContactCreate = {
  accountId?: string;
  name: string;
  email: string;
  phone?: string;
  is24x7Contact: boolean;
};

/** Add a named contact; the API refuses one beyond the plan's limit (409 contact.limit_reached). */
export function AddContactForm({
  accountId,
  limit,
}: {
  accountId: string | undefined;
  limit: number | null;
}) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [is24x7Contact, setIs24x7Contact] = useState(false);
  const add = useApiMutation<TContactCreate, TContact>('POST', '/contacts', [['contacts']]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const created = await add
      .mutateAsync({
        accountId: accountId ?? '',
        name: name.trim(),
        email: email.trim(),
        ...(phone.trim() ? { phone: phone.trim() } : {}),
        is24x7Contact,
      })
      .catch(() => undefined);
    if (created) {
      setName('');
      setEmail('');
      setPhone('');
      setIs24x7Contact(false);
    }
  }

  return (
    <form className="form panel" onSubmit={submit} aria-labelledby="add-contact-heading">
      <h2 id="add-contact-heading">Add a named contact</h2>
      <div className="field">
        <label htmlFor="contact-name">Name</label>
        <input id="contact-name" required value={name} onChange={(event) => setName(event.target.value)} />
      </div>
      <div className="field">
        <label htmlFor="contact-email">Email</label>
        <input
          id="contact-email"
          type="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor="contact-phone">Phone (optional)</label>
        <input
          id="contact-phone"
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
        Reachable 24x7 (needed for follow-the-sun handling of critical cases)
      </label>
      {add.isError && (
        <div className="alert alert--error" role="alert">
          {describeContactError(add.error, limit)}
        </div>
      )}
      {add.isSuccess && <output className="alert alert--ok">Contact added.</output>}
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add contact'}
      </button>
    </form>
  );
}
